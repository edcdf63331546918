package org.ocnkit.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.internal.testing.PdfBytes;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.certificate.signature.IssuerKey;
import org.ocnkit.certificate.signature.IssuerKeys;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.certificate.signature.PdfSigner;
import org.ocnkit.certificate.signature.SigningOptions;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.ProofBundle;
import org.ocnkit.pdf.AfRelationship;
import org.ocnkit.pdf.Attachment;
import org.ocnkit.pdf.PdfContents;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * Issue 7 acceptance 2 and issue 8 acceptance 3: every way of altering or forging a certificate is
 * caught, by the check that names it.
 */
class CertificateTamperTest {
  @TempDir static Path dir;

  private static Workspace ws;
  private static IssuingKeys keys;
  private static IssuedCertificate anna;
  private static IssuedCertificate eva;
  private static byte[] annaPdf;
  private static CertificateVerifier verifier;

  @BeforeAll
  static void issue() throws IOException {
    ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"));
    keys = SampleRequests.createKeys(ws);
    IssuedBatch batch =
        CertificateIssuer.of(ws, keys)
            .issue(
                "Maria Lind",
                List.of(
                    SampleRequests.request("Anna Berg", 3),
                    SampleRequests.request("Eva Forsberg", 2)));
    anna = batch.certificates().get(0);
    eva = batch.certificates().get(1);
    annaPdf = Files.readAllBytes(anna.file());
    verifier = new CertificateVerifier(VerificationOptions.forWorkspace(ws));
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  private static VerificationResult verify(byte[] pdf) {
    return verifier.verify("tampered.pdf", pdf);
  }

  private static List<String> failed(VerificationResult result) {
    return result.failures().stream().map(VerificationCheck::name).toList();
  }

  @Test
  void theUntouchedCertificateIsValid() {
    VerificationResult result = verify(annaPdf);
    assertThat(result.verdict()).as(result.toString()).isEqualTo(VerificationResult.Verdict.VALID);
  }

  @Test
  void aByteFlippedInThePageContentBreaksTheSignature() throws IOException {
    int at;
    try (PDDocument pd = Loader.loadPDF(annaPdf)) {
      at =
          PdfBytes.streamData(
                  annaPdf,
                  pd.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS).getKey())
              + 10;
    }
    VerificationResult result = verify(flipped(annaPdf, at));
    assertThat(result.verdict()).isEqualTo(VerificationResult.Verdict.INVALID);
    assertThat(failed(result)).contains("SIGNATURE_INTACT");
    assertThat(result.check("SIGNATURE_INTACT").orElseThrow().reason().key())
        .isEqualTo("intact.digestMismatch");
  }

  @Test
  void aByteFlippedInTheSignatureBreaksIt() throws IOException {
    int at;
    try (PDDocument pd = Loader.loadPDF(annaPdf)) {
      PDSignature signature = pd.getLastSignatureDictionary();
      at = signature.getByteRange()[1] + 1 + 300; // a hex digit well inside the CMS
    }
    byte[] tampered = annaPdf.clone();
    tampered[at] = (byte) (tampered[at] == '0' ? '1' : '0');
    VerificationResult result = verify(tampered);
    assertThat(result.verdict()).isEqualTo(VerificationResult.Verdict.INVALID);
    assertThat(failed(result)).contains("SIGNATURE_INTACT");
  }

  @Test
  void aByteFlippedInTheEmbeddedRecordBreaksTheSignature() throws IOException {
    int at;
    try (PDDocument pd = Loader.loadPDF(annaPdf)) {
      PDComplexFileSpecification spec =
          pd.getDocumentCatalog()
              .getNames()
              .getEmbeddedFiles()
              .getNames()
              .get(CertificateRecord.FILE_NAME);
      at = PdfBytes.streamData(annaPdf, spec.getEmbeddedFile().getCOSObject().getKey()) + 40;
    }
    VerificationResult result = verify(flipped(annaPdf, at));
    assertThat(result.verdict())
        .as(result.toString())
        .isEqualTo(VerificationResult.Verdict.INVALID);
    assertThat(failed(result)).contains("SIGNATURE_INTACT", "RECORD");
  }

  @Test
  void anIncrementalUpdateThatChangesTheVisibleNameIsCaught() throws IOException {
    byte[] updated;
    try (PDDocument pd = Loader.loadPDF(annaPdf)) {
      PDPage page = pd.getPage(0);
      PDResources resources = new PDResources();
      COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      PDStream content = new PDStream(pd);
      try (OutputStream out = content.createOutputStream()) {
        out.write(
            ("BT /" + font.getName() + " 24 Tf 72 700 Td (Eva Forsberg) Tj ET\n")
                .getBytes(StandardCharsets.US_ASCII));
      }
      page.setResources(resources);
      page.setContents(content);
      page.getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pd.saveIncremental(out, Set.of(page.getCOSObject()));
      updated = out.toByteArray();
    }
    assertThat(Arrays.copyOf(updated, annaPdf.length)).isEqualTo(annaPdf);
    assertThat(PdfContents.read("u", updated).pageTexts().get(0))
        .contains("Eva Forsberg")
        .doesNotContain("Anna Berg");

    VerificationResult result = verify(updated);

    assertThat(result.verdict()).isEqualTo(VerificationResult.Verdict.INVALID);
    assertThat(failed(result))
        .contains("COVERS_WHOLE_FILE", "VISIBLE_TEXT")
        .doesNotContain("SIGNATURE_INTACT");
    assertThat(result.check("COVERS_WHOLE_FILE").orElseThrow().reason().key())
        .isEqualTo("covers.incrementalUpdate");
  }

  @Test
  void theRecordSwappedForAnotherCertificatesIsCaught() throws IOException {
    byte[] otherRecord = eva.record().toXml();
    byte[] swapped;
    try (PDDocument pd = Loader.loadPDF(annaPdf)) {
      PDComplexFileSpecification spec =
          pd.getDocumentCatalog()
              .getNames()
              .getEmbeddedFiles()
              .getNames()
              .get(CertificateRecord.FILE_NAME);
      PDEmbeddedFile replacement = new PDEmbeddedFile(pd, new ByteArrayInputStream(otherRecord));
      replacement.setSubtype(CertificateRecord.MIME_TYPE);
      spec.setEmbeddedFile(replacement);
      spec.setEmbeddedFileUnicode(replacement);
      COSDictionary ef = spec.getCOSObject().getCOSDictionary(COSName.EF);
      spec.getCOSObject().setNeedToBeUpdated(true);
      ef.setNeedToBeUpdated(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pd.saveIncremental(out, Set.of(spec.getCOSObject(), ef));
      swapped = out.toByteArray();
    }
    assertThat(CertificateDocument.read("s", swapped).recordBytes()).contains(otherRecord);

    VerificationResult result = verify(swapped);

    assertThat(result.verdict()).isEqualTo(VerificationResult.Verdict.INVALID);
    assertThat(failed(result)).contains("COVERS_WHOLE_FILE", "RECORD_HASH", "LOG_INCLUSION");
    assertThat(result.check("RECORD_HASH").orElseThrow().reason().key())
        .isEqualTo("check.hash.mismatch");
  }

  @Test
  void aSignatureByAnUntrustedKeyIsNotTrustedNorTheRecordsIssuer() {
    IssuerKey forger = IssuerKeys.generate("Testkommunen", KeyAlgorithm.EC_P256, TestClock.START);
    byte[] forged =
        PdfSigner.sign(
            render(anna.record(), embeddedProof()),
            forger,
            SigningOptions.builder(TestClock.START).build());

    VerificationResult result = verify(forged);

    assertThat(result.verdict()).isEqualTo(VerificationResult.Verdict.INVALID);
    assertThat(failed(result)).containsExactly("SIGNER_TRUSTED", "ISSUER");
    assertThat(result.check("SIGNER_TRUSTED").orElseThrow().reason().key())
        .isEqualTo("trusted.notTrusted");
  }

  @Test
  void aCertificateFromAnotherIssuersWorkspaceIsNotTrustedNorRegisteredNorInThisLog() {
    try (Workspace other = TestWorkspaces.create(Engine.SQLITE, dir.resolve("other"))) {
      IssuingKeys otherKeys = SampleRequests.createKeys(other);
      IssuedCertificate foreign =
          CertificateIssuer.of(other, otherKeys)
              .issue("x", List.of(SampleRequests.request("Anna Berg", 3)))
              .certificates()
              .get(0);

      VerificationResult result = verifier.verify(foreign.file());

      assertThat(result.verdict()).isEqualTo(VerificationResult.Verdict.INVALID);
      assertThat(failed(result)).contains("SIGNER_TRUSTED", "STATUS", "LOG_CHECKPOINT");
      assertThat(result.check("LOG_CHECKPOINT").orElseThrow().reason().key())
          .isEqualTo("note.verify.noKnownKey");

      // Trusting the other issuer explicitly, this workspace's register and log stay out of it.
      Path otherPem = dir.resolve("other.pem");
      IssuerKeyFiles.of(other).exportCertificate(otherPem);
      VerificationResult trusted =
          new CertificateVerifier(
                  new VerificationSources(
                          java.util.Optional.of(ws),
                          List.of(otherPem),
                          List.of(),
                          java.util.Optional.empty(),
                          java.util.Optional.empty(),
                          java.util.Optional.empty())
                      .options())
              .verify(foreign.file());
      assertThat(trusted.verdict())
          .as(trusted.toString())
          .isEqualTo(VerificationResult.Verdict.VALID_AS_FAR_AS_CHECKED);
      assertThat(trusted.notChecked())
          .extracting(VerificationCheck::name)
          .containsExactly("STATUS", "LOG_CHECKPOINT", "LOG_INCLUSION", "LOG_CONSISTENCY");
      assertThat(trusted.unchecked()).isEqualTo(trusted.notChecked());
    }
  }

  @Test
  void aProofThatDoesNotLeadToTheCheckpointRootFailsTheLogCheck() {
    ProofBundle genuine = embeddedProof();
    List<Hash> proof = new ArrayList<>(genuine.proof());
    byte[] first = proof.get(0).bytes();
    first[0] ^= 1;
    proof.set(0, Hash.of(first));
    ProofBundle wrong = new ProofBundle(genuine.index(), proof, genuine.checkpoint());
    byte[] pdf =
        PdfSigner.sign(
            render(anna.record(), wrong),
            keys.issuer(),
            SigningOptions.builder(TestClock.START).build());

    VerificationResult result = verify(pdf);

    assertThat(result.verdict()).isEqualTo(VerificationResult.Verdict.INVALID);
    assertThat(failed(result)).containsExactly("LOG_INCLUSION");
    assertThat(result.check("LOG_INCLUSION").orElseThrow().reason().key())
        .isEqualTo("proof.inclusion.mismatch");
    assertThat(result.check("LOG_CHECKPOINT").orElseThrow().passed()).isTrue();
  }

  @Test
  void aCertificateWithoutALogProofFailsTheLogCheck() {
    byte[] pdf =
        PdfSigner.sign(
            CertificateRenderer.withPackagedTemplate()
                .render(anna.record(), RenderOptions.of("https://verify.example.org/ocn")),
            keys.issuer(),
            SigningOptions.builder(TestClock.START).build());
    VerificationResult result = verify(pdf);
    assertThat(failed(result)).containsExactly("LOG_CHECKPOINT");
    assertThat(result.check("LOG_CHECKPOINT").orElseThrow().reason().key())
        .isEqualTo("verify.log.missing");
  }

  @Test
  void bytesThatAreNotAPdfAreNotACertificate() {
    VerificationResult result = verify("not a pdf at all".getBytes(StandardCharsets.US_ASCII));
    assertThat(result.verdict()).isEqualTo(VerificationResult.Verdict.NOT_A_CERTIFICATE);
    VerificationResult plain = verify(CertificateRendererTestPdfs.plainPdf());
    assertThat(plain.verdict()).isEqualTo(VerificationResult.Verdict.NOT_A_CERTIFICATE);
    assertThat(plain.check("RECORD").orElseThrow().reason().key())
        .isEqualTo("check.record.missing");
  }

  private static ProofBundle embeddedProof() {
    Attachment proof =
        PdfContents.read("a", annaPdf).attachment(CertificateIssuer.LOG_PROOF_FILE).orElseThrow();
    return ProofBundle.parse(new String(proof.content(), StandardCharsets.UTF_8));
  }

  private static byte[] render(CertificateRecord record, ProofBundle proof) {
    return CertificateRenderer.withPackagedTemplate()
        .render(
            record,
            RenderOptions.of("https://verify.example.org/ocn")
                .createdAt(TestClock.START)
                .attach(
                    Attachment.text(
                        CertificateIssuer.LOG_PROOF_FILE,
                        "text/plain",
                        AfRelationship.SUPPLEMENT,
                        "proof",
                        proof.encoded(),
                        TestClock.START)));
  }

  private static byte[] flipped(byte[] pdf, int at) {
    byte[] copy = pdf.clone();
    copy[at] ^= 0x01;
    return copy;
  }

  /** Plain PDFs for the cases that are not certificates at all. */
  static final class CertificateRendererTestPdfs {
    static byte[] plainPdf() {
      return org.ocnkit.pdf.PdfaDocument.builder(
              new org.ocnkit.pdf.DocumentInfo(
                  "x", "y", "", java.util.Locale.ENGLISH, java.time.Instant.EPOCH),
              org.ocnkit.pdf.PageSetup.a4(50))
          .add(
              org.ocnkit.pdf.Paragraph.of(
                  "Certificate of nothing",
                  org.ocnkit.pdf.TextStyle.of(org.ocnkit.pdf.FontFamily.SANS, 12)))
          .build()
          .render();
    }
  }
}

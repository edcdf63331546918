package org.ocnkit.cli.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocnkit.cli.certificate.IssuedCertificates.ocn;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.CertificateIssuer;
import org.ocnkit.certificate.CertificateRenderer;
import org.ocnkit.certificate.IssuedBatch;
import org.ocnkit.certificate.IssuedCertificate;
import org.ocnkit.certificate.IssuerKeyFiles;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.certificate.RenderOptions;
import org.ocnkit.certificate.internal.testing.PdfBytes;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.certificate.signature.IssuerKeys;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.certificate.signature.PdfSigner;
import org.ocnkit.certificate.signature.SigningOptions;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.ProofBundle;
import org.ocnkit.pdf.AfRelationship;
import org.ocnkit.pdf.Attachment;
import org.ocnkit.pdf.PdfContents;
import org.ocnkit.store.testing.Engine;

/** {@code ocn verify} names the check that catches each kind of tampering and exits non-zero. */
class VerifyCommandTest {
  private static final Instant NOW = Instant.parse(IssuedCertificates.NOW);

  @TempDir Path dir;
  private Path ws;
  private IssuedCertificate anna;
  private byte[] annaPdf;

  @BeforeEach
  void issue() throws Exception {
    ws = IssuedCertificates.workspace(dir, Engine.SQLITE);
    IssuedBatch batch = IssuedCertificates.issue(ws, "Anna Berg", "Eva Forsberg");
    anna = batch.certificates().get(0);
    annaPdf = Files.readAllBytes(anna.file());
  }

  private CliRun verify(byte[] pdf, String name) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, pdf);
    return ocn(ws).run("verify", file.toString());
  }

  private static List<String> failed(CliRun run) {
    List<String> names = new ArrayList<>();
    for (String line : run.out.lines().toList()) {
      if (line.startsWith("  FAIL")) {
        names.add(line.substring("  FAIL        ".length()).split("\\s+")[0]);
      }
    }
    return names;
  }

  @Test
  void aByteFlippedInThePageContentIsNamed() throws Exception {
    int at;
    try (PDDocument pd = Loader.loadPDF(annaPdf)) {
      at =
          PdfBytes.streamData(
                  annaPdf,
                  pd.getPage(0)
                      .getCOSObject()
                      .getDictionaryObject(org.apache.pdfbox.cos.COSName.CONTENTS)
                      .getKey())
              + 20;
    }
    byte[] tampered = annaPdf.clone();
    tampered[at] ^= 1;
    CliRun run = verify(tampered, "content.pdf");
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(run.out).contains(": INVALID");
    assertThat(failed(run)).contains("SIGNATURE_INTACT");
  }

  @Test
  void aByteFlippedInTheSignatureIsNamed() throws Exception {
    int at;
    try (PDDocument pd = Loader.loadPDF(annaPdf)) {
      at = pd.getLastSignatureDictionary().getByteRange()[1] + 301;
    }
    byte[] tampered = annaPdf.clone();
    tampered[at] = (byte) (tampered[at] == 'a' ? 'b' : 'a');
    CliRun run = verify(tampered, "signature.pdf");
    assertThat(run.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(failed(run)).contains("SIGNATURE_INTACT");
  }

  @Test
  void aProofThatDoesNotLeadToTheCheckpointRootFailsTheLogCheck() throws Exception {
    ProofBundle genuine =
        ProofBundle.parse(
            new String(
                PdfContents.read("a", annaPdf)
                    .attachment(CertificateIssuer.LOG_PROOF_FILE)
                    .orElseThrow()
                    .content(),
                StandardCharsets.UTF_8));
    List<Hash> proof = new ArrayList<>(genuine.proof());
    proof.set(0, Hash.sha256(new byte[] {42}));
    ProofBundle wrong = new ProofBundle(genuine.index(), proof, genuine.checkpoint());
    IssuingKeys keys =
        new IssuerKeyFiles(ws.resolve("keys")).load(SampleRequests.PASSWORD.toCharArray());
    byte[] pdf =
        PdfSigner.sign(
            CertificateRenderer.withPackagedTemplate()
                .render(
                    anna.record(),
                    RenderOptions.of("https://verify.example.org/ocn")
                        .createdAt(NOW)
                        .attach(
                            Attachment.text(
                                CertificateIssuer.LOG_PROOF_FILE,
                                "text/plain",
                                AfRelationship.SUPPLEMENT,
                                "proof",
                                wrong.encoded(),
                                NOW))),
            keys.issuer(),
            SigningOptions.builder(NOW).build());
    CliRun run = verify(pdf, "wrong-proof.pdf");
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(failed(run)).containsExactly("LOG_INCLUSION");
    assertThat(run.out).contains("does not lead to the root");
  }

  @Test
  void aSignatureByAnUntrustedKeyIsNamed() throws Exception {
    byte[] forged =
        PdfSigner.sign(
            CertificateRenderer.withPackagedTemplate()
                .render(anna.record(), RenderOptions.of("https://verify.example.org/ocn")),
            IssuerKeys.generate("Norrbacka kommun", KeyAlgorithm.EC_P256, NOW),
            SigningOptions.builder(NOW).build());
    CliRun run = verify(forged, "forged.pdf");
    assertThat(run.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(failed(run)).contains("SIGNER_TRUSTED", "ISSUER", "LOG_CHECKPOINT");
  }

  @Test
  void filesThatAreNotCertificatesExitThreeUnlessAnotherIsInvalid() throws Exception {
    Path text = Files.writeString(dir.resolve("letter.pdf"), "Dear employer");
    CliRun notCertificate = ocn(ws).run("verify", text.toString());
    assertThat(notCertificate.exitCode).isEqualTo(ExitCode.INPUT);
    assertThat(notCertificate.out).contains(": NOT A CERTIFICATE");
    byte[] tampered = annaPdf.clone();
    tampered[tampered.length / 2] ^= 1;
    Path broken = dir.resolve("broken.pdf");
    Files.write(broken, tampered);
    assertThat(ocn(ws).run("verify", text.toString(), broken.toString()).exitCode)
        .isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(ocn(ws).run("verify", anna.file().toString(), "missing.pdf").exitCode)
        .isEqualTo(ExitCode.INPUT);
    assertThat(ocn(ws).run("verify").exitCode).isEqualTo(ExitCode.USAGE);
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun none = ocn(ws).run("verify", empty.toString());
    assertThat(none.exitCode).isEqualTo(ExitCode.INPUT);
    assertThat(none.err).contains("no certificate PDF");
    CliRun folder = ocn(ws).run("verify", ws.resolve("out/certificates").toString());
    assertThat(folder.exitCode).as(folder.toString()).isZero();
    assertThat(folder.out).contains(anna.code() + ".pdf: VALID");
    assertThat(ocn(ws).run("verify", "--code", "OCN-0000").exitCode).isEqualTo(ExitCode.INPUT);
  }

  @Test
  void aHostileFileIsOneLineAndTheOtherFilesOfTheCallAreStillVerified() throws Exception {
    // An embedded-file name tree that lists itself as its own kid.
    Path loop = dir.resolve("loop.pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument d = new org.apache.pdfbox.pdmodel.PDDocument()) {
      d.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      org.apache.pdfbox.cos.COSDictionary node = new org.apache.pdfbox.cos.COSDictionary();
      org.apache.pdfbox.cos.COSArray kids = new org.apache.pdfbox.cos.COSArray();
      kids.add(node);
      node.setItem(org.apache.pdfbox.cos.COSName.KIDS, kids);
      org.apache.pdfbox.cos.COSDictionary names = new org.apache.pdfbox.cos.COSDictionary();
      names.setItem(org.apache.pdfbox.cos.COSName.EMBEDDED_FILES, node);
      d.getDocumentCatalog().getCOSObject().setItem(org.apache.pdfbox.cos.COSName.NAMES, names);
      d.save(loop.toFile());
    }
    CliRun run = ocn(ws).run("verify", loop.toString(), anna.file().toString());
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.out)
        .contains(
            "loop.pdf: NOT A CERTIFICATE", "refers back to itself", anna.code() + ".pdf: VALID");
    assertThat(run.err).isEmpty();
    assertThat(run.out).doesNotContain("\tat ", "StackOverflowError");
  }
}

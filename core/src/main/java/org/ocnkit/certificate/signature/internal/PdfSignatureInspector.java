package org.ocnkit.certificate.signature.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.tsp.TimeStampToken;
import org.ocnkit.Message;
import org.ocnkit.certificate.signature.CertificateDescription;
import org.ocnkit.certificate.signature.CheckResult;
import org.ocnkit.certificate.signature.PadesLevel;
import org.ocnkit.certificate.signature.PdfSignatureReport;
import org.ocnkit.certificate.signature.SignatureCheck;
import org.ocnkit.certificate.signature.SignatureInfo;
import org.ocnkit.certificate.signature.TrustAnchors;
import org.ocnkit.pdf.ParsedPdf;

/**
 * Reads a PDF's signature and runs every {@link SignatureCheck} on it. Nothing thrown by PDFBox or
 * Bouncy Castle on hostile input escapes: each becomes a failed check with its reason.
 */
public final class PdfSignatureInspector {
  private static final String CADES = "ETSI.CAdES.detached";
  private static final String PKCS7 = "adbe.pkcs7.detached";

  private final byte[] pdf;
  private final TrustAnchors anchors;
  private final List<CheckResult> results = new ArrayList<>();

  // What the file's signature dictionary says.
  private int signatureCount;
  private int[] byteRange;
  private byte[] contents;
  private String subFilter;
  private Optional<Instant> claimedTime = Optional.empty();
  private Optional<String> signerName = Optional.empty();
  private Optional<String> reason = Optional.empty();
  private Optional<String> location = Optional.empty();

  // What the CMS says.
  private X509Certificate signer;
  private SignerInformation signerInfo;
  private boolean signingCertificateV2Present;
  private boolean signingTimeAttributePresent;
  private boolean timestampPresent;
  private Optional<Instant> timestampTime = Optional.empty();
  private Optional<CertificateDescription> timestampAuthority = Optional.empty();
  private boolean timestampTrusted;

  private final Instant now;

  /** {@code pdf} already parsed by the caller, or empty: then it is parsed here. */
  private final Optional<ParsedPdf> parsed;

  private PdfSignatureInspector(
      byte[] pdf, Optional<ParsedPdf> parsed, TrustAnchors anchors, Instant now) {
    this.pdf = pdf;
    this.parsed = parsed;
    this.anchors = anchors;
    this.now = now;
  }

  /**
   * Inspects {@code pdf}; {@code now} is the verifier's clock (see {@link #checkSignerTrusted}).
   */
  public static PdfSignatureReport inspect(byte[] pdf, TrustAnchors anchors, Instant now) {
    return new PdfSignatureInspector(pdf, Optional.empty(), anchors, now).run();
  }

  /**
   * Inspects {@code pdf}, whose parse {@code parsed} is shared with another reader of the same
   * bytes; the same checks and results as {@link #inspect(byte[], TrustAnchors, Instant)}.
   */
  public static PdfSignatureReport inspect(
      byte[] pdf, ParsedPdf parsed, TrustAnchors anchors, Instant now) {
    return new PdfSignatureInspector(pdf, Optional.of(parsed), anchors, now).run();
  }

  private PdfSignatureReport run() {
    Optional<CheckResult> absent = readSignatureDictionary();
    if (absent.isPresent()) {
      results.add(absent.get());
      Message notChecked = message("notChecked.noSignature");
      results.add(new CheckResult(SignatureCheck.SIGNATURE_INTACT, false, notChecked));
      results.add(new CheckResult(SignatureCheck.COVERS_WHOLE_FILE, false, notChecked));
      results.add(new CheckResult(SignatureCheck.SIGNER_TRUSTED, false, notChecked));
      return new PdfSignatureReport(results, Optional.empty());
    }
    results.add(
        signatureCount == 1
            ? pass(SignatureCheck.SIGNATURE_PRESENT, "present.one", subFilter)
            : pass(
                SignatureCheck.SIGNATURE_PRESENT,
                "present.several",
                String.valueOf(signatureCount),
                subFilter));
    results.add(checkIntact(signedDigest()));
    results.add(checkCoverage());
    Optional<CheckResult> timestamp =
        timestampPresent ? Optional.of(checkTimestamp()) : Optional.empty();
    results.add(checkSignerTrusted());
    timestamp.ifPresent(results::add);
    return new PdfSignatureReport(results, Optional.of(info()));
  }

  private SignatureInfo info() {
    PadesLevel level = PadesLevel.NOT_PADES;
    if (CADES.equals(subFilter) && signingCertificateV2Present && !signingTimeAttributePresent) {
      level = timestampPresent ? PadesLevel.B_T : PadesLevel.B_B;
    }
    return new SignatureInfo(
        subFilter,
        level,
        claimedTime,
        Optional.ofNullable(signer).map(CertificateDescription::of),
        timestampTime,
        timestampAuthority,
        signerName,
        reason,
        location);
  }

  // ---------------------------------------------------------------- SIGNATURE_PRESENT

  private Optional<CheckResult> readSignatureDictionary() {
    try {
      if (parsed.isPresent()) {
        Optional<CheckResult> none = readSignatureFields(parsed.get().document());
        if (none.isPresent()) {
          return none;
        }
      } else {
        try (PDDocument document = Loader.loadPDF(pdf)) {
          Optional<CheckResult> none = readSignatureFields(document);
          if (none.isPresent()) {
            return none;
          }
        }
      }
    } catch (InvalidPasswordException e) {
      return Optional.of(fail(SignatureCheck.SIGNATURE_PRESENT, "present.encrypted"));
    } catch (IOException | RuntimeException e) {
      return Optional.of(fail(SignatureCheck.SIGNATURE_PRESENT, "present.notPdf", detail(e)));
    }
    if (!CADES.equals(subFilter) && !PKCS7.equals(subFilter)) {
      return Optional.of(fail(SignatureCheck.SIGNATURE_PRESENT, "present.subFilter", subFilter));
    }
    if (!byteRangeFits()) {
      return Optional.of(
          fail(
              SignatureCheck.SIGNATURE_PRESENT,
              "present.byteRange",
              byteRange == null ? "-" : Arrays.toString(byteRange),
              String.valueOf(pdf.length)));
    }
    if (contents == null || contents.length == 0) {
      return Optional.of(fail(SignatureCheck.SIGNATURE_PRESENT, "present.noContents"));
    }
    return Optional.empty();
  }

  /** Reads the signature covering the most of the file; a failed check when there is none. */
  private Optional<CheckResult> readSignatureFields(PDDocument document) throws IOException {
    List<PDSignature> signatures = document.getSignatureDictionaries();
    signatureCount = signatures.size();
    if (signatures.isEmpty()) {
      return Optional.of(fail(SignatureCheck.SIGNATURE_PRESENT, "present.none"));
    }
    PDSignature last = null;
    long lastEnd = -1;
    for (PDSignature candidate : signatures) {
      int[] range = candidate.getByteRange();
      long end = range != null && range.length == 4 ? (long) range[2] + range[3] : -1;
      if (last == null || end > lastEnd) {
        last = candidate;
        lastEnd = end;
      }
    }
    subFilter = String.valueOf(last.getSubFilter());
    byteRange = last.getByteRange();
    contents = last.getContents();
    Calendar signDate = last.getSignDate();
    claimedTime = Optional.ofNullable(signDate).map(Calendar::toInstant);
    signerName = Optional.ofNullable(last.getName());
    reason = Optional.ofNullable(last.getReason());
    location = Optional.ofNullable(last.getLocation());
    return Optional.empty();
  }

  private boolean byteRangeFits() {
    if (byteRange == null || byteRange.length != 4) {
      return false;
    }
    for (int value : byteRange) {
      if (value < 0) {
        return false;
      }
    }
    long firstEnd = (long) byteRange[0] + byteRange[1];
    long secondEnd = (long) byteRange[2] + byteRange[3];
    return firstEnd <= byteRange[2] && secondEnd <= pdf.length;
  }

  /**
   * The SHA-256 of the bytes the signature covers (the two byte ranges), computed once: the CMS
   * check below is handed this digest instead of the bytes, so the file is hashed once and not
   * copied.
   */
  private byte[] signedDigest() {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    digest.update(pdf, byteRange[0], byteRange[1]);
    digest.update(pdf, byteRange[2], byteRange[3]);
    return digest.digest();
  }

  // ---------------------------------------------------------------- SIGNATURE_INTACT

  private CheckResult checkIntact(byte[] actual) {
    ContentInfo contentInfo;
    try {
      ByteArrayInputStream in = new ByteArrayInputStream(contents);
      ASN1Primitive parsed;
      try (ASN1InputStream asn1 = new ASN1InputStream(in, contents.length)) {
        parsed = asn1.readObject();
      }
      if (parsed == null) {
        return fail(SignatureCheck.SIGNATURE_INTACT, "intact.notCms", "empty");
      }
      int used = contents.length - in.available();
      for (int i = used; i < contents.length; i++) {
        if (contents[i] != 0) {
          return fail(
              SignatureCheck.SIGNATURE_INTACT,
              "intact.trailingBytes",
              String.valueOf(contents.length - used));
        }
      }
      contentInfo = ContentInfo.getInstance(parsed);
    } catch (IOException | RuntimeException e) {
      return fail(SignatureCheck.SIGNATURE_INTACT, "intact.notCms", detail(e));
    }
    CMSSignedData cms;
    try {
      if (!CMSObjectIdentifiers.signedData.equals(contentInfo.getContentType())) {
        return fail(
            SignatureCheck.SIGNATURE_INTACT,
            "intact.notCms",
            "content type " + contentInfo.getContentType().getId());
      }
      if (SignedData.getInstance(contentInfo.getContent()).getEncapContentInfo().getContent()
          != null) {
        return fail(SignatureCheck.SIGNATURE_INTACT, "intact.notDetached");
      }
      // Detached content given by its digest: Bouncy Castle compares it with the signed
      // message-digest attribute and checks the signature over the signed attributes, as it does
      // when it hashes the content itself.
      cms = new CMSSignedData(Map.of(NISTObjectIdentifiers.id_sha256, actual), contentInfo);
    } catch (org.bouncycastle.cms.CMSException | RuntimeException e) {
      return fail(SignatureCheck.SIGNATURE_INTACT, "intact.notCms", detail(e));
    }
    var signers = cms.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      return fail(
          SignatureCheck.SIGNATURE_INTACT, "intact.signerCount", String.valueOf(signers.size()));
    }
    signerInfo = signers.iterator().next();
    try {
      signer = Certificates.find(cms.getCertificates(), signerInfo.getSID()).orElse(null);
      if (signer == null) {
        return fail(SignatureCheck.SIGNATURE_INTACT, "intact.noCertificate");
      }
    } catch (CertificateException | RuntimeException e) {
      return fail(SignatureCheck.SIGNATURE_INTACT, "intact.noCertificate");
    }
    AttributeTable unsigned = signerInfo.getUnsignedAttributes();
    timestampPresent =
        unsigned != null
            && unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null;
    if (!NISTObjectIdentifiers.id_sha256.getId().equals(signerInfo.getDigestAlgOID())) {
      return fail(
          SignatureCheck.SIGNATURE_INTACT, "intact.digestAlgorithm", signerInfo.getDigestAlgOID());
    }
    AttributeTable signedAttributes = signerInfo.getSignedAttributes();
    if (signedAttributes == null) {
      return fail(SignatureCheck.SIGNATURE_INTACT, "intact.noSignedAttributes");
    }
    signingTimeAttributePresent = signedAttributes.get(CMSAttributes.signingTime) != null;
    Attribute certificateAttribute =
        signedAttributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
    signingCertificateV2Present = certificateAttribute != null;

    Attribute digestAttribute = signedAttributes.get(CMSAttributes.messageDigest);
    if (digestAttribute == null) {
      return fail(SignatureCheck.SIGNATURE_INTACT, "intact.noMessageDigest");
    }
    byte[] claimed;
    try {
      claimed =
          ASN1OctetString.getInstance(digestAttribute.getAttrValues().getObjectAt(0)).getOctets();
    } catch (RuntimeException e) {
      return fail(SignatureCheck.SIGNATURE_INTACT, "intact.noMessageDigest");
    }
    if (!Arrays.equals(actual, claimed)) {
      return fail(
          SignatureCheck.SIGNATURE_INTACT, "intact.digestMismatch", hex(actual), hex(claimed));
    }
    if (certificateAttribute == null) {
      return fail(SignatureCheck.SIGNATURE_INTACT, "intact.noSigningCertificateV2");
    }
    Optional<String> certificateProblem =
        SigningCertificateCheck.problem(certificateAttribute, signer);
    if (certificateProblem.isPresent()) {
      return fail(
          SignatureCheck.SIGNATURE_INTACT,
          "intact.signingCertificateMismatch",
          certificateProblem.get());
    }
    try {
      boolean verified = signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
      if (!verified) {
        return fail(SignatureCheck.SIGNATURE_INTACT, "intact.signatureInvalid", "-");
      }
    } catch (Exception e) {
      return fail(SignatureCheck.SIGNATURE_INTACT, "intact.signatureInvalid", detail(e));
    }
    return pass(SignatureCheck.SIGNATURE_INTACT, "intact.ok", hex(actual));
  }

  // ---------------------------------------------------------------- COVERS_WHOLE_FILE

  private CheckResult checkCoverage() {
    if (signatureCount > 1) {
      return fail(
          SignatureCheck.COVERS_WHOLE_FILE,
          "covers.severalSignatures",
          String.valueOf(signatureCount));
    }
    if (byteRange[0] != 0) {
      return fail(
          SignatureCheck.COVERS_WHOLE_FILE, "covers.notFromStart", String.valueOf(byteRange[0]));
    }
    if (!gapIsContents()) {
      return fail(SignatureCheck.COVERS_WHOLE_FILE, "covers.gapNotContents");
    }
    long end = (long) byteRange[2] + byteRange[3];
    if (end < pdf.length) {
      String after =
          new String(pdf, (int) end, pdf.length - (int) end, StandardCharsets.ISO_8859_1);
      String key =
          after.contains("startxref") || after.contains("%%EOF")
              ? "covers.incrementalUpdate"
              : "covers.appended";
      return fail(SignatureCheck.COVERS_WHOLE_FILE, key, String.valueOf(pdf.length - end));
    }
    return pass(SignatureCheck.COVERS_WHOLE_FILE, "covers.ok", String.valueOf(pdf.length));
  }

  private boolean gapIsContents() {
    int start = byteRange[0] + byteRange[1];
    int end = byteRange[2];
    if (end - start < 2 || pdf[start] != '<' || pdf[end - 1] != '>') {
      return false;
    }
    String hex = new String(pdf, start + 1, end - start - 2, StandardCharsets.ISO_8859_1);
    if (hex.length() % 2 != 0 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      return false;
    }
    return Arrays.equals(HexFormat.of().parseHex(hex), contents);
  }

  // ---------------------------------------------------------------- TIMESTAMP

  private CheckResult checkTimestamp() {
    TimeStampToken token;
    X509Certificate tsa;
    try {
      Attribute attribute =
          signerInfo
              .getUnsignedAttributes()
              .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
      token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
      timestampTime = Optional.of(token.getTimeStampInfo().getGenTime().toInstant());
      tsa = Certificates.find(token.getCertificates(), token.getSID()).orElse(null);
      if (tsa == null) {
        return fail(SignatureCheck.TIMESTAMP, "timestamp.noCertificate");
      }
      timestampAuthority = Optional.of(CertificateDescription.of(tsa));
    } catch (Exception e) {
      return fail(SignatureCheck.TIMESTAMP, "timestamp.unreadable", detail(e));
    }
    try {
      token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
    } catch (Exception e) {
      return fail(SignatureCheck.TIMESTAMP, "timestamp.invalid", detail(e));
    }
    try {
      var info = token.getTimeStampInfo();
      DigestCalculator calculator = Crypto.digests().get(info.getHashAlgorithm());
      try (OutputStream out = calculator.getOutputStream()) {
        out.write(signerInfo.getSignature());
      }
      if (!Arrays.equals(calculator.getDigest(), info.getMessageImprintDigest())) {
        return fail(SignatureCheck.TIMESTAMP, "timestamp.imprintMismatch");
      }
    } catch (Exception e) {
      return fail(SignatureCheck.TIMESTAMP, "timestamp.invalid", detail(e));
    }
    Instant time = timestampTime.get();
    String authority = timestampAuthority.get().subject();
    if (Trust.anchorFor(tsa, anchors.timestampAuthorities(), time).isEmpty()) {
      return fail(SignatureCheck.TIMESTAMP, "timestamp.untrusted", authority);
    }
    timestampTrusted = true;
    return pass(SignatureCheck.TIMESTAMP, "timestamp.ok", time.toString(), authority);
  }

  // ---------------------------------------------------------------- SIGNER_TRUSTED

  /**
   * SIGNER_TRUSTED. With a trusted timestamp (B-T) the signer certificate is judged at the
   * timestamp authority's time. Otherwise (B-B) the time the signature claims is the signer's word
   * and is not trusted: it must not lie after the verifier's clock, and the certificate must be
   * valid both at the verifier's clock and at the claimed time.
   */
  private CheckResult checkSignerTrusted() {
    if (signer == null) {
      return fail(SignatureCheck.SIGNER_TRUSTED, "notChecked.noSigner");
    }
    CertificateDescription described = CertificateDescription.of(signer);
    Optional<Instant> time = timestampTrusted ? timestampTime : claimedTime;
    if (time.isEmpty()) {
      return fail(SignatureCheck.SIGNER_TRUSTED, "trusted.noTime");
    }
    if (!timestampTrusted && time.get().isAfter(now)) {
      return fail(
          SignatureCheck.SIGNER_TRUSTED,
          "trusted.claimedInFuture",
          time.get().toString(),
          now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    }
    Instant judged = timestampTrusted ? time.get() : now;
    Optional<X509Certificate> anchor = Trust.anchorFor(signer, anchors.signers(), judged);
    if (anchor.isEmpty()) {
      return fail(
          SignatureCheck.SIGNER_TRUSTED,
          "trusted.notTrusted",
          described.subject(),
          described.fingerprintForDisplay());
    }
    if (!Certificates.allowsSigning(signer)) {
      return fail(SignatureCheck.SIGNER_TRUSTED, "trusted.usage", described.subject());
    }
    if (!described.validAt(judged)) {
      return fail(
          SignatureCheck.SIGNER_TRUSTED,
          timestampTrusted ? "trusted.notValidAtTimestamp" : "trusted.notValidNow",
          judged.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
          described.notBefore().toString(),
          described.notAfter().toString());
    }
    if (!timestampTrusted && !described.validAt(time.get())) {
      return fail(
          SignatureCheck.SIGNER_TRUSTED,
          "trusted.notValidAtClaimed",
          time.get().toString(),
          described.notBefore().toString(),
          described.notAfter().toString());
    }
    String via =
        anchor.get().equals(signer)
            ? described.subject()
            : CertificateDescription.of(anchor.get()).subject();
    return timestampTrusted
        ? pass(
            SignatureCheck.SIGNER_TRUSTED,
            "trusted.okTimestamp",
            described.subject(),
            via,
            time.get().toString())
        : pass(
            SignatureCheck.SIGNER_TRUSTED,
            "trusted.okNow",
            described.subject(),
            via,
            now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
            time.get().toString());
  }

  // ---------------------------------------------------------------- helpers

  private static CheckResult pass(SignatureCheck check, String key, Object... args) {
    return new CheckResult(check, true, message(key, args));
  }

  private static CheckResult fail(SignatureCheck check, String key, Object... args) {
    return new CheckResult(check, false, message(key, args));
  }

  private static Message message(String key, Object... args) {
    return Message.of(CheckResult.class, key, args);
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  private static String detail(Exception e) {
    String text = e.getMessage();
    return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
  }
}

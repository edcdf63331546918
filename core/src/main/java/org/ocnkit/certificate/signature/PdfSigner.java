package org.ocnkit.certificate.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cms.CMSSignedData;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.signature.internal.CmsSigning;
import org.ocnkit.certificate.signature.internal.Rfc3161Client;
import org.ocnkit.certificate.signature.internal.Trust;

/**
 * Signs a PDF with a PAdES baseline signature: B-B, or B-T when {@link SigningOptions} names a
 * timestamp authority.
 *
 * <p>The signature is appended as an incremental update (the original bytes stay as they were, so a
 * PDF/A file stays PDF/A): an invisible signature field, a signature dictionary with {@code /Filter
 * /Adobe.PPKLite}, {@code /SubFilter /ETSI.CAdES.detached}, {@code /M} the claimed signing time and
 * the optional {@code /Name}, {@code /Reason}, {@code /Location}; {@code /Contents} holds a DER CMS
 * SignedData, detached, SHA-256 with ECDSA or RSA (PKCS#1 v1.5) after the key, the signer
 * certificate chain included, and exactly the signed attributes content-type, message-digest and
 * signing-certificate-v2 (no signing-time). For B-T the signature value is timestamped by the
 * authority and the token added as the unsigned attribute id-aa-signatureTimeStampToken.
 *
 * <p>Sign last: any byte written after the signature makes {@link PdfSignatureVerifier} report the
 * file as changed.
 */
public final class PdfSigner {
  /** Room in {@code /Contents} on top of the certificate chain, for the CMS structure itself. */
  private static final int CMS_ALLOWANCE = 2048;

  /** Room for a timestamp token with its authority's certificate chain. */
  private static final int TIMESTAMP_ALLOWANCE = 16384;

  private PdfSigner() {}

  /**
   * Returns {@code pdf} with the signature appended.
   *
   * @throws InvalidInputException when {@code pdf} is not a PDF or is encrypted
   * @throws RefusedException when the PDF is already signed or the issuer certificate is not valid
   *     at the claimed signing time
   * @throws EnvironmentException when the timestamp authority fails
   */
  public static byte[] sign(byte[] pdf, IssuerKey key, SigningOptions options) {
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(options, "options");
    X509Certificate certificate = key.certificate();
    if (!Trust.validAt(certificate, options.signingTime())) {
      CertificateDescription d = key.describe();
      throw new RefusedException(
          Message.of(
              PdfSigner.class,
              "sign.certificateNotValid",
              options.signingTime().toString(),
              d.notBefore().toString(),
              d.notAfter().toString()));
    }
    int reserved =
        CMS_ALLOWANCE
            + key.certificateChain().stream().mapToInt(c -> encodedLength(c)).sum()
            + (options.timestampAuthority().isPresent() ? TIMESTAMP_ALLOWANCE : 0);
    Attempt first = attempt(pdf, key, options, reserved);
    if (first.signed() != null) {
      return first.signed();
    }
    // The timestamp authority sent a larger token than foreseen: sign again with room for it.
    Attempt second = attempt(pdf, key, options, first.needed() + 4096);
    if (second.signed() == null) {
      throw new IllegalStateException("the signature outgrew its reserved space twice");
    }
    return second.signed();
  }

  private record Attempt(byte[] signed, int needed) {}

  private static Attempt attempt(byte[] pdf, IssuerKey key, SigningOptions options, int reserved) {
    try (PDDocument document = load(pdf);
        SignatureOptions signatureOptions = new SignatureOptions()) {
      if (document.isEncrypted()) {
        throw new InvalidInputException(Message.of(PdfSigner.class, "pdf.encrypted"));
      }
      if (!document.getSignatureDictionaries().isEmpty()) {
        throw new RefusedException(Message.of(PdfSigner.class, "pdf.alreadySigned"));
      }
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      GregorianCalendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      time.setTimeInMillis(options.signingTime().toEpochMilli());
      signature.setSignDate(time);
      options.signerName().ifPresent(signature::setName);
      options.reason().ifPresent(signature::setReason);
      options.location().ifPresent(signature::setLocation);
      signatureOptions.setPreferredSignatureSize(reserved);
      document.addSignature(signature, signatureOptions);

      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * reserved + 4096);
      ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
      byte[] signedRange;
      try (InputStream content = external.getContent()) {
        signedRange = content.readAllBytes();
      }
      CMSSignedData cms =
          CmsSigning.signDetached(signedRange, key.insecurePrivateKey(), key.certificateChain());
      if (options.timestampAuthority().isPresent()) {
        Rfc3161Client client =
            new Rfc3161Client(options.timestampAuthority().get(), options.timestampTimeout());
        byte[] token = client.timestamp(CmsSigning.onlySigner(cms).getSignature());
        cms = CmsSigning.withSignatureTimestamp(cms, token);
      }
      byte[] contents = CmsSigning.der(cms);
      if (contents.length > reserved) {
        return new Attempt(null, contents.length);
      }
      external.setSignature(contents);
      return new Attempt(out.toByteArray(), contents.length);
    } catch (IOException e) {
      throw new InvalidInputException(
          Message.of(PdfSigner.class, "pdf.cannotSign", String.valueOf(e.getMessage())));
    }
  }

  private static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (InvalidPasswordException e) {
      throw new InvalidInputException(Message.of(PdfSigner.class, "pdf.encrypted"));
    } catch (IOException e) {
      throw new InvalidInputException(
          Message.of(PdfSigner.class, "pdf.unreadable", String.valueOf(e.getMessage())));
    }
  }

  private static int encodedLength(X509Certificate certificate) {
    try {
      return certificate.getEncoded().length;
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalArgumentException("the issuer certificate cannot be encoded", e);
    }
  }
}

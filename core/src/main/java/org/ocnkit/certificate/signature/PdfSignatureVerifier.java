package org.ocnkit.certificate.signature;

import java.util.Objects;
import org.ocnkit.certificate.signature.internal.PdfSignatureInspector;
import org.ocnkit.pdf.ParsedPdf;

/**
 * Checks the signature of a PDF against trust anchors and reports every {@link SignatureCheck} with
 * its reason: {@code SIGNATURE_PRESENT}, {@code SIGNATURE_INTACT}, {@code COVERS_WHOLE_FILE},
 * {@code SIGNER_TRUSTED}, and {@code TIMESTAMP} when the signature carries one.
 *
 * <p>Any bytes may be passed: a file that is not a PDF, is encrypted, or has no signature gives a
 * report whose first check failed with the reason, never an exception. When a file holds several
 * signatures, the one covering the most of the file is examined and {@code COVERS_WHOLE_FILE}
 * fails, since an ocnkit certificate carries exactly one signature, applied last.
 *
 * <p>What this does not check: revocation of the signer certificate (ocnkit revokes certificates,
 * not keys, through {@link RevocationList}), the certificate record inside the PDF, or what the
 * pages show; those belong to the certificate verifier that merges this report with its own.
 */
public final class PdfSignatureVerifier {
  private PdfSignatureVerifier() {}

  /** Checks the signature of {@code pdf} at the system clock's time. */
  public static PdfSignatureReport verify(byte[] pdf, TrustAnchors anchors) {
    return verify(pdf, anchors, java.time.Instant.now());
  }

  /**
   * Checks the signature of {@code pdf} at the verifier's time {@code now}. A signature with a
   * timestamp from a trusted authority is judged at the timestamp's time (PAdES B-T); any other
   * (B-B) at {@code now} and at the time it claims, which must not be after {@code now}.
   */
  public static PdfSignatureReport verify(byte[] pdf, TrustAnchors anchors, java.time.Instant now) {
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(anchors, "anchors");
    Objects.requireNonNull(now, "now");
    return PdfSignatureInspector.inspect(pdf, anchors, now);
  }

  /**
   * The same as {@link #verify(byte[], TrustAnchors, java.time.Instant)}, reading the signature
   * from {@code parsed}, the parse of {@code pdf} that the caller shares with its other readers.
   */
  public static PdfSignatureReport verify(
      byte[] pdf, ParsedPdf parsed, TrustAnchors anchors, java.time.Instant now) {
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(parsed, "parsed");
    Objects.requireNonNull(anchors, "anchors");
    Objects.requireNonNull(now, "now");
    return PdfSignatureInspector.inspect(pdf, parsed, anchors, now);
  }
}

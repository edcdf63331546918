package org.ocnkit.certificate.signature;

/**
 * The checks {@link PdfSignatureVerifier} runs on a signed PDF, in the order it reports them. A
 * file is verified only when every reported check passed.
 */
public enum SignatureCheck {
  /**
   * The file is a PDF with a signature of a kind ocnkit reads (a detached CMS over a byte range).
   */
  SIGNATURE_PRESENT,
  /**
   * The CMS verifies with the signer certificate it carries; its message-digest attribute equals
   * the SHA-256 of the signed byte ranges; its signing-certificate-v2 attribute names that
   * certificate; nothing but zero padding follows the CMS in {@code /Contents}.
   */
  SIGNATURE_INTACT,
  /**
   * The signature covers the whole file: its byte range starts at 0, leaves out exactly the {@code
   * /Contents} hex string, and ends at the end of the file; it is the file's only signature.
   */
  COVERS_WHOLE_FILE,
  /**
   * The signer certificate is a trust anchor or was issued by one, allows signing, and was valid at
   * the signing time: the timestamp's time when a trusted timestamp is present, else the claimed
   * time in {@code /M}.
   */
  SIGNER_TRUSTED,
  /**
   * Reported only when the signature carries a timestamp: the token verifies, its imprint is the
   * SHA-256 of the signature value, and its authority is a trusted timestamp authority.
   */
  TIMESTAMP
}

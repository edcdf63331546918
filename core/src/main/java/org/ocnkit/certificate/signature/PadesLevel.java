package org.ocnkit.certificate.signature;

/**
 * The PAdES baseline level a signature is built for, read from its structure: SubFilter {@code
 * ETSI.CAdES.detached}, a signing-certificate-v2 attribute and no CMS signing-time attribute make
 * B-B; a signature timestamp on top makes B-T. Whether the signature and timestamp verify is what
 * the {@link SignatureCheck checks} say, not this level.
 */
public enum PadesLevel {
  /** Not a PAdES baseline signature (another SubFilter or missing attributes). */
  NOT_PADES,
  /** PAdES-BASELINE-B. */
  B_B,
  /** PAdES-BASELINE-T: B-B with an RFC 3161 signature timestamp. */
  B_T
}

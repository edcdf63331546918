package org.ocnkit.certificate.signature;

/**
 * The key types ocnkit creates for an issuer. Imported keystores may also hold an ECDSA P-384 key
 * or an RSA key of 2048 bits or more; see {@link IssuerKeys#importKeystore}.
 */
public enum KeyAlgorithm {
  /** ECDSA on NIST P-256 (secp256r1), signing with SHA-256: the default (DESIGN §3). */
  EC_P256,
  /** RSA with a 3072-bit modulus, signing with SHA-256 and PKCS#1 v1.5 padding. */
  RSA_3072
}

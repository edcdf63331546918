/**
 * Signatures for ocnkit certificates: the issuer's keys (a PKCS#12 keystore with a self-signed or
 * imported certificate), PAdES baseline signatures (B-B, and B-T with an RFC 3161 timestamp) on any
 * PDF, the checks a verifier runs on a signed PDF, and the signed revocation list.
 *
 * <p>Nothing here knows the certificate record: it signs and checks PDF bytes and plain text.
 * Bouncy Castle and PDFBox stay in {@code internal}.
 */
package org.ocnkit.certificate.signature;

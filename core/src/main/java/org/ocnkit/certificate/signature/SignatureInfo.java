package org.ocnkit.certificate.signature;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a PDF's signature says about itself. These are claims read from the file; the {@link
 * CheckResult checks} say which of them hold.
 *
 * @param subFilter the signature dictionary's {@code /SubFilter}, such as {@code
 *     ETSI.CAdES.detached}
 * @param level the PAdES baseline level the signature is built for
 * @param claimedSigningTime {@code /M}, the time the signer claims
 * @param signer the signer certificate carried in the CMS, when it could be read
 * @param timestampTime the time in the signature timestamp, when there is one that could be read
 * @param timestampAuthority the timestamp authority's certificate, when there is one
 * @param signerName {@code /Name}
 * @param reason {@code /Reason}
 * @param location {@code /Location}
 */
public record SignatureInfo(
    String subFilter,
    PadesLevel level,
    Optional<Instant> claimedSigningTime,
    Optional<CertificateDescription> signer,
    Optional<Instant> timestampTime,
    Optional<CertificateDescription> timestampAuthority,
    Optional<String> signerName,
    Optional<String> reason,
    Optional<String> location) {
  public SignatureInfo {
    Objects.requireNonNull(subFilter, "subFilter");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(claimedSigningTime, "claimedSigningTime");
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(timestampTime, "timestampTime");
    Objects.requireNonNull(timestampAuthority, "timestampAuthority");
    Objects.requireNonNull(signerName, "signerName");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(location, "location");
  }

  /** The signer's subject, such as {@code CN=Lunds kommun,O=Lunds kommun,C=SE}, when known. */
  public Optional<String> signerSubject() {
    return signer.map(CertificateDescription::subject);
  }
}

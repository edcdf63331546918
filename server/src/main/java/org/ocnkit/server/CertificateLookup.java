package org.ocnkit.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.PublicCertificate;
import org.ocnkit.certificate.RegisterEntry;

/**
 * The server's lookups of {@link PublicCertificate}s: the register's entry (and so the status) is
 * read afresh every time; the units, which never change once a certificate is issued and cost a
 * unit file's parse each, are remembered per code (at most {@value #MAX_REMEMBERED} codes).
 */
final class CertificateLookup {
  private static final int MAX_REMEMBERED = 10_000;

  private final CertificateService certificates;
  private final String issuer;
  private final Map<CertificateCode, List<PublicCertificate.Unit>> units =
      new ConcurrentHashMap<>();

  CertificateLookup(CertificateService certificates, String issuer) {
    this.certificates = certificates;
    this.issuer = issuer;
  }

  Optional<PublicCertificate> find(CertificateCode code) {
    Optional<RegisterEntry> entry = certificates.find(code);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    List<PublicCertificate.Unit> listed = units.get(code);
    if (listed == null) {
      Optional<PublicCertificate> full = certificates.publicCertificate(issuer, code);
      if (full.isEmpty()) {
        return Optional.empty();
      }
      listed = full.get().units();
      if (units.size() >= MAX_REMEMBERED) {
        units.clear();
      }
      units.put(code, listed);
    }
    return Optional.of(new PublicCertificate(entry.get(), issuer, listed));
  }
}

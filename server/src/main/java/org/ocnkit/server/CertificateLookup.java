package org.ocnkit.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.CertificateRegister;
import org.ocnkit.certificate.PublicCertificate;
import org.ocnkit.certificate.RegisterEntry;
import org.ocnkit.store.Workspace;

/**
 * The server's lookups of {@link PublicCertificate}s: the register's entry (and so the status) is
 * read afresh every time; the units, which never change once a certificate is issued and cost a
 * unit file's parse each, are remembered per code (at most {@value #MAX_REMEMBERED} codes).
 */
final class CertificateLookup {
  private static final int MAX_REMEMBERED = 10_000;

  private final Workspace workspace;
  private final String issuer;
  private final CertificateRegister register;
  private final Map<CertificateCode, List<PublicCertificate.Unit>> units =
      new ConcurrentHashMap<>();

  CertificateLookup(Workspace workspace, String issuer) {
    this.workspace = workspace;
    this.issuer = issuer;
    this.register = new CertificateRegister(workspace.store());
  }

  Optional<PublicCertificate> find(CertificateCode code) {
    Optional<RegisterEntry> entry = register.find(code);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    List<PublicCertificate.Unit> listed = units.get(code);
    if (listed == null) {
      Optional<PublicCertificate> full = PublicCertificate.find(workspace.store(), issuer, code);
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

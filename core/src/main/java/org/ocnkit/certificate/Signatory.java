package org.ocnkit.certificate;

import java.util.Objects;
import java.util.Optional;

/**
 * The person responsible for the award, printed on the certificate with their role, such as "Maria
 * Lind, programme manager". Set in {@code ocnkit.properties} ({@link
 * CertificateSettings#signatory}); printed only: the record and its signature name the issuing
 * organisation, not a person.
 *
 * @param name the person's name
 * @param roleSv the role in Swedish ("programansvarig")
 * @param roleEn the role in English, when it differs
 */
public record Signatory(String name, String roleSv, Optional<String> roleEn) {
  public Signatory {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(roleSv, "roleSv");
    Objects.requireNonNull(roleEn, "roleEn");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a signatory has a name");
    }
    name = name.strip();
    roleSv = roleSv.strip();
    roleEn = roleEn.map(String::strip).filter(r -> !r.isEmpty());
  }

  /** The role in {@code language}: the English one if given, else the Swedish one. */
  public String role(Language language) {
    return language == Language.EN ? roleEn.orElse(roleSv) : roleSv;
  }
}

package org.ocnkit.certificate.credential;

import java.util.Locale;
import java.util.Optional;

/** The formats a certificate's achievement is exported in. */
public enum CredentialFormat {
  /** 1EdTech Open Badges 3.0, one VC-JOSE compact JWS per unit ({@code .jwt}). */
  OB3("ob3"),
  /** European Learning Model v3 (Europass EDC), JSON-LD ({@code .jsonld}). */
  ELM("elm");

  private final String code;

  CredentialFormat(String code) {
    this.code = code;
  }

  /** {@code ob3} or {@code elm}, as typed on the command line. */
  public String code() {
    return code;
  }

  public static Optional<CredentialFormat> fromCode(String code) {
    for (CredentialFormat f : values()) {
      if (f.code.equals(code.toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}

package org.ocnkit.certificate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.ocnkit.Message;
import org.ocnkit.store.Settings;

/**
 * The workspace settings ({@code ocnkit.properties}) that certificates use, with their defaults.
 */
public final class CertificateSettings {
  /** The base of the verification link printed as a QR code on every certificate. */
  public static final String BASE_URL = "certificate.baseUrl";

  /** The transparency log's origin: the name of its key and the first line of its checkpoints. */
  public static final String LOG_ORIGIN = "log.origin";

  /** The name of the person responsible for the award, printed on every certificate. */
  public static final String SIGNATORY_NAME = "certificate.signatory.name";

  /** Their role, in Swedish. */
  public static final String SIGNATORY_ROLE = "certificate.signatory.role";

  /** Their role in English, when it differs. */
  public static final String SIGNATORY_ROLE_EN = "certificate.signatory.role.en";

  /** How many days a signed revocation list may be relied on (its {@code valid-until}). */
  public static final String REVOCATION_VALIDITY_DAYS = "revocation.validityDays";

  /** The base URL when none is set. */
  public static final String DEFAULT_BASE_URL = "https://verify.example.org/ocn";

  /** What a derived log origin ends with. */
  public static final String LOG_SUFFIX = "/ocnkit-log";

  private CertificateSettings() {}

  /**
   * {@value #BASE_URL}, or {@value #DEFAULT_BASE_URL}.
   *
   * @throws org.ocnkit.InvalidInputException naming the line when it is not an http(s) URL
   */
  public static String baseUrl(Settings settings) {
    String url = settings.getString(BASE_URL, DEFAULT_BASE_URL);
    if (!url.matches("https?://[^\\s#?]+")) {
      throw settings.bad(BASE_URL, Message.of(CertificateSettings.class, "settings.baseUrl", url));
    }
    return url;
  }

  /**
   * {@value #LOG_ORIGIN}, else the organisation's name made into a key name ({@code Norrbacka
   * kommun} gives {@code norrbacka-kommun/ocnkit-log}), else {@code ocnkit-log}. The origin is
   * fixed when the log key is made ({@code ocn keys init}): changing the setting later does not
   * rename an existing log.
   */
  public static String logOrigin(Settings settings) {
    return settings
        .get(LOG_ORIGIN)
        .orElseGet(
            () -> {
              String slug = slug(settings.getString(Settings.ORG_NAME, ""));
              return slug.isEmpty() ? LOG_SUFFIX.substring(1) : slug + LOG_SUFFIX;
            });
  }

  /**
   * The person responsible for the award: {@value #SIGNATORY_NAME} with {@value #SIGNATORY_ROLE}
   * and optionally {@value #SIGNATORY_ROLE_EN}; empty when no name is set.
   *
   * @throws org.ocnkit.InvalidInputException naming the line when a name is set without a role
   */
  public static Optional<Signatory> signatory(Settings settings) {
    Optional<String> name =
        settings.get(SIGNATORY_NAME).map(String::strip).filter(n -> !n.isEmpty());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String role = settings.getString(SIGNATORY_ROLE, "").strip();
    if (role.isEmpty()) {
      throw settings.bad(
          SIGNATORY_NAME,
          Message.of(CertificateSettings.class, "settings.signatoryRole", SIGNATORY_ROLE));
    }
    return Optional.of(new Signatory(name.get(), role, settings.get(SIGNATORY_ROLE_EN)));
  }

  /**
   * {@value #REVOCATION_VALIDITY_DAYS}: 7 by default, 1 to 366.
   *
   * @throws org.ocnkit.InvalidInputException naming the line when it is not such a number
   */
  public static java.time.Duration revocationValidity(Settings settings) {
    return java.time.Duration.ofDays(
        settings.getInt(
            REVOCATION_VALIDITY_DAYS,
            (int) org.ocnkit.certificate.signature.RevocationList.DEFAULT_VALIDITY.toDays(),
            1,
            366));
  }

  /** Lowercase ASCII letters, digits, dots and hyphens, from any name. */
  static String slug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace("ł", "l")
            .replace("Ł", "L")
            .replace("ı", "i")
            .replace("ø", "o")
            .replace("Ø", "O")
            .replace("đ", "d")
            .replace("Đ", "D")
            .replace("ß", "ss")
            .toLowerCase(Locale.ROOT);
    return ascii.replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
  }
}

package org.ocnkit.server;

import java.util.List;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.PublicCertificate;
import org.ocnkit.certificate.RegisterEntry;

/**
 * The page a certificate's code leads to, in one language: what the register says, and nothing
 * about the person. Shared by the server's {@code GET /<code>} and the static site's pages.
 *
 * @param state {@code valid}, {@code revoked}, {@code unknown}, {@code typing} (a wrong check
 *     character) or {@code bad} (not a code at all): also the CSS class and the API's status
 * @param revokedOn the date it was revoked (ISO-8601), empty unless revoked
 * @param fingerprint the register's fingerprint (hex), empty when there is no certificate
 * @param leafIndex the certificate's index in the log, -1 when there is no certificate
 */
public record CodeView(
    String code,
    String state,
    String statusText,
    String revokedOn,
    String detail,
    String issuer,
    String issueDate,
    List<UnitRow> units,
    int totalCredits,
    String fingerprint,
    String fingerprintGrouped,
    long leafIndex) {
  public CodeView {
    units = List.copyOf(units);
  }

  /** One unit as a row: code@version, title, EQF level, credits. */
  public record UnitRow(String ref, String title, int level, int credits) {}

  public boolean found() {
    return !fingerprint.isEmpty();
  }

  /** The view of the code {@code typed}, looked up with {@code lookup}. */
  static CodeView of(
      String typed,
      Texts t,
      String issuer,
      java.util.function.Function<CertificateCode, Optional<PublicCertificate>> lookup) {
    CertificateCode code;
    try {
      code = CertificateCode.parse(typed);
    } catch (InvalidInputException e) {
      boolean typing =
          e.problems().stream().map(Problem::message).anyMatch(m -> m.key().equals("code.check"));
      String shown = typed.length() > 40 ? typed.substring(0, 40) + "\u2026" : typed;
      return typing
          ? empty(
              shown, "typing", t.get("status.typing"), t.get("status.typing.detail", shown), issuer)
          : empty(
              shown, "bad", t.get("status.badCode"), t.get("status.badCode.detail", shown), issuer);
    }
    Optional<PublicCertificate> found = lookup.apply(code);
    if (found.isEmpty()) {
      return empty(
          code.value(),
          "unknown",
          t.get("status.unknown"),
          t.get("status.unknown.detail", issuer, code.value()),
          issuer);
    }
    return of(found.get(), t);
  }

  /** The view of a certificate the register has. */
  public static CodeView of(PublicCertificate c, Texts t) {
    RegisterEntry e = c.entry();
    String state =
        switch (e.status()) {
          case VALID -> "valid";
          case UNDER_REVIEW -> "under-review";
          case REVOKED -> "revoked";
        };
    String revokedOn =
        e.revocation()
            .map(r -> r.revokedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString())
            .orElse("");
    String status =
        !revokedOn.isEmpty()
            ? t.get("status.revoked", revokedOn)
            : e.review()
                .map(
                    r ->
                        t.get(
                            "status.underReview",
                            r.flaggedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString(),
                            r.cause().value()))
                .orElseGet(() -> t.get("status.valid"));
    List<UnitRow> rows =
        c.units().stream()
            .map(
                u ->
                    new UnitRow(
                        u.ref().toString(), u.title(t.language()), u.level().value(), u.credits()))
            .toList();
    return new CodeView(
        e.code().value(),
        state,
        status,
        revokedOn,
        "",
        c.issuer(),
        e.issueDate().toString(),
        rows,
        c.totalCredits(),
        e.fingerprint().hex(),
        e.fingerprint().grouped(),
        e.leafIndex());
  }

  private static CodeView empty(
      String code, String state, String status, String detail, String issuer) {
    return new CodeView(code, state, status, "", detail, issuer, "", List.of(), 0, "", "", -1);
  }
}

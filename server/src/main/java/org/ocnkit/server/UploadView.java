package org.ocnkit.server;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ocnkit.certificate.CertificateRecord;
import org.ocnkit.certificate.VerificationCheck;
import org.ocnkit.certificate.VerificationResult;

/**
 * The upload page, with the result of the last check when there is one: the verdict and every check
 * of {@code ocn verify} with the same words. The holder's name and date of birth are left out:
 * whoever uploads the PDF has them, and the page must not be the place they leak from.
 *
 * @param maxMegabytes the upload limit, for the lead text
 * @param result the result, after an upload
 */
public record UploadView(long maxMegabytes, Optional<Result> result) {
  /** One verification as shown. */
  public record Result(
      String source,
      String verdict,
      String verdictWord,
      Optional<String> certificate,
      Optional<String> revoked,
      List<Row> checks,
      Optional<String> logKeySource) {
    public Result {
      checks = List.copyOf(checks);
    }
  }

  /** One check: its stable name, the outcome word and class, and the reason. */
  public record Row(String name, String outcome, String outcomeWord, String reason) {}

  /** The page showing {@code r} in {@code t}'s language. */
  static Result result(VerificationResult r, Texts t) {
    String verdict = r.verdict().name().toLowerCase(Locale.ROOT);
    Optional<String> certificate =
        r.record()
            .map(
                (CertificateRecord c) ->
                    t.get(
                        "verify.certificate",
                        c.code(),
                        String.valueOf(c.serial()),
                        c.units().size(),
                        c.totalCredits(),
                        c.issueDate(),
                        c.issuer().organisation()));
    Optional<String> revoked =
        r.revocation().map(rev -> t.get("verify.revoked", rev.revokedAt(), rev.reason()));
    List<Row> rows =
        r.checks().stream()
            .map(
                (VerificationCheck c) -> {
                  String outcome = c.outcome().name().toLowerCase(Locale.ROOT);
                  return new Row(
                      c.name(), outcome, t.get("outcome." + outcome), t.format(c.reason()));
                })
            .toList();
    Optional<String> source =
        r.logKeySource()
            .map(s -> t.get("verify.logKeySource." + s.name().toLowerCase(Locale.ROOT)));
    return new Result(
        r.source(), verdict, t.get("verdict." + verdict), certificate, revoked, rows, source);
  }
}

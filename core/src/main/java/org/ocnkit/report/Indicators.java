package org.ocnkit.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ocnkit.report.internal.IndicatorBuilder;
import org.ocnkit.report.internal.IndicatorWorkbook;
import org.ocnkit.report.internal.Participant;
import org.ocnkit.report.internal.ReportFiles;
import org.ocnkit.store.Settings;
import org.ocnkit.store.Workspace;

/**
 * The funders' indicators ({@code ocn report indicators}): participants started and ended in a
 * period by gender, age band at entry and born abroad, and by disability where recorded; units
 * achieved, credits, participants with a unit certificate and participants who gained a
 * qualification (a valid qualification certificate), and the participants who gained each
 * qualification; outcomes at exit and at each follow-up point. Small counts are suppressed as the
 * workspace's {@link ReportSettings} say; the rule, with its secondary suppression, is documented
 * on {@link org.ocnkit.report.internal.Suppression} and on the workbook's "About" sheet.
 *
 * <pre>{@code
 * IndicatorReport r = ocn.reports().writeIndicators("Maria", ReportPeriod.of(from, to), out,
 *     Locale.ENGLISH);
 * Figure women = r.figure("participants", "woman/total", "started/total").orElseThrow();
 * }</pre>
 *
 * <p>Erased apprentices are counted like everyone else: gender, born abroad and age at entry are
 * kept after erasure for exactly this; their disability is erased, so they count as "not recorded"
 * there.
 */
public final class Indicators {
  /** Audit action of an indicator workbook written. */
  public static final String ACTION = "report.indicators";

  private Indicators() {}

  /**
   * The indicators for {@code period}, as of the workspace's today.
   *
   * @throws org.ocnkit.InvalidInputException when a report setting is wrong
   */
  static IndicatorReport compute(Workspace workspace, ReportPeriod period) {
    Objects.requireNonNull(period, "period");
    ReportSettings settings = ReportSettings.forWorkspace(workspace.settings());
    String organisation = workspace.settings().getString(Settings.ORG_NAME, "");
    return workspace
        .store()
        .read(
            tx ->
                new IndicatorBuilder(
                        Participant.load(tx, Outcomes.current(tx)),
                        period,
                        tx.today(),
                        settings,
                        IndicatorBuilder.QualificationTitle.load(tx))
                    .build(organisation));
  }

  /**
   * Computes the indicators and writes them to {@code out} as an xlsx workbook with its texts in
   * {@code locale}, replacing the file if it exists; records an audit event with the period and the
   * file's SHA-256.
   *
   * @return what was written
   * @throws org.ocnkit.EnvironmentException when the file cannot be written
   */
  static IndicatorReport write(
      Workspace workspace, String actor, ReportPeriod period, Path out, Locale locale) {
    IndicatorReport report = compute(workspace, period);
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("from", period.from().map(Object::toString).orElse(""));
    parameters.put("to", period.to().map(Object::toString).orElse(""));
    parameters.put("reportDate", report.reportDate().toString());
    ReportFiles.write(
        workspace.store(),
        actor,
        ACTION,
        "report:indicators",
        parameters,
        out,
        IndicatorWorkbook.write(report, locale));
    return report;
  }
}

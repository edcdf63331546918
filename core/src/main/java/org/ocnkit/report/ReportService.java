package org.ocnkit.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.store.FileWork;
import org.ocnkit.store.Workspace;

/**
 * Reports of one open workspace ({@code Ocnkit.reports()}): the funders' indicators, the progress
 * workbook, a participant's merit portfolio, what participants did after the programme, and
 * progress towards qualifications. Each method runs its own transaction; failures are {@link
 * org.ocnkit.OcnkitException}s.
 */
public final class ReportService {
  private final Workspace workspace;

  public ReportService(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  /** The funders' indicators over {@code period} ({@link ReportPeriod#ALL} for all time). */
  public IndicatorReport indicators(ReportPeriod period) {
    return Indicators.compute(workspace, period);
  }

  /** {@link #indicators} written as xlsx with a chart, headers in {@code locale}. */
  public IndicatorReport writeIndicators(
      String actor, ReportPeriod period, Path out, Locale locale) {
    return FileWork.run(out, () -> Indicators.write(workspace, actor, period, out, locale));
  }

  /** Every apprentice against every unit, criterion by criterion; ids only unless {@code names}. */
  public WrittenProgress writeProgress(String actor, Path out, Locale locale, boolean names) {
    return FileWork.run(out, () -> ProgressWorkbook.write(workspace, actor, out, locale, names));
  }

  /** The participant's merit portfolio as PDF/A bytes. */
  public byte[] portfolio(ApprenticeId apprentice, Locale language) {
    return MeritPortfolio.render(workspace, apprentice, language);
  }

  /** {@link #portfolio} written to {@code out}. */
  public WrittenPortfolio writePortfolio(
      String actor, ApprenticeId apprentice, Path out, Locale language) {
    return FileWork.run(
        out, () -> MeritPortfolio.write(workspace, actor, apprentice, out, language));
  }

  /** What a participant did at exit or after; a second outcome at a point corrects the first. */
  public Outcome recordOutcome(String actor, NewOutcome outcome) {
    return Outcomes.record(workspace, actor, outcome);
  }

  /** Every outcome recorded for the participant, corrections included. */
  public List<Outcome> outcomes(ApprenticeId apprentice) {
    return Outcomes.history(workspace, apprentice);
  }

  /** Per approved qualification: every rule met or not, and what is missing. */
  public List<QualificationProgress.Standing> qualificationProgress(ApprenticeId apprentice) {
    return QualificationProgress.of(workspace.store(), apprentice);
  }
}

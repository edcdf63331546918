package org.ocnkit.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.Message;

/**
 * The funders' indicators for a period, with small counts already suppressed: what {@link
 * Indicators} computes, writes as a workbook and front ends print as JSON. It holds {@link Figure
 * figures} only, never the numbers they hide.
 *
 * @param organisation the organisation that runs the programme (the workspace's {@code org.name});
 *     may be empty
 * @param reportDate the date the report was made; dates after it are not counted
 * @param settings the follow-up points, threshold and age bands in force
 * @param sheets the tables, grouped as the workbook's sheets: participants, results, outcomes
 * @param qualifications every qualification in the catalogue, by code, with the participants who
 *     gained it in the period: the same figures as the {@value #QUALIFICATIONS} table
 */
public record IndicatorReport(
    String organisation,
    ReportPeriod period,
    LocalDate reportDate,
    ReportSettings settings,
    List<Sheet> sheets,
    List<QualificationGained> qualifications) {
  /** The id of the sheet of participants started and ended. */
  public static final String PARTICIPANTS = "participants";

  /** The id of the sheet of units, credits and qualifications. */
  public static final String RESULTS = "results";

  /** The id of the sheet of outcomes at each follow-up point. */
  public static final String OUTCOMES = "outcomes";

  /** The id of the table of participants who gained each qualification, on the results sheet. */
  public static final String QUALIFICATIONS = "qualifications";

  public IndicatorReport {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(reportDate, "reportDate");
    Objects.requireNonNull(settings, "settings");
    sheets = List.copyOf(sheets);
    qualifications = List.copyOf(qualifications);
  }

  /** The table with {@code id}, on any sheet. */
  public Optional<IndicatorTable> table(String id) {
    return sheets.stream()
        .flatMap(s -> s.tables().stream())
        .filter(t -> t.id().equals(id))
        .findFirst();
  }

  /** The figure at row {@code row} and column {@code column} of table {@code table}. */
  public Optional<Figure> figure(String table, String row, String column) {
    return table(table)
        .flatMap(
            t -> {
              int c = t.column(column);
              return c < 0 ? Optional.empty() : t.row(row).map(r -> r.figures().get(c));
            });
  }

  /** The tables of the outcomes sheet: one per follow-up point, statuses by gender. */
  public List<IndicatorTable> outcomeTables() {
    return sheets.stream()
        .filter(s -> s.id().equals(OUTCOMES))
        .flatMap(s -> s.tables().stream())
        .toList();
  }

  /** A sheet of tables. */
  public record Sheet(String id, Message name, List<IndicatorTable> tables) {
    public Sheet {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      tables = List.copyOf(tables);
    }
  }

  /**
   * The participants who gained one qualification in the period: those holding a valid certificate
   * of it (any version; not revoked, not under review) issued in the period.
   *
   * @param code the qualification's code, such as {@code KVAL-OMSORG-INTRO}
   * @param titleSv the title of its newest version in the catalogue
   * @param participants the count, suppressed as the report's other counts are
   */
  public record QualificationGained(
      String code, String titleSv, Optional<String> titleEn, Figure participants) {
    public QualificationGained {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(titleSv, "titleSv");
      Objects.requireNonNull(titleEn, "titleEn");
      Objects.requireNonNull(participants, "participants");
    }
  }
}

package org.ocnkit.report.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ocnkit.Message;
import org.ocnkit.learner.BornAbroad;
import org.ocnkit.learner.Gender;
import org.ocnkit.qualification.QualificationCode;
import org.ocnkit.qualification.catalog.QualificationRecords;
import org.ocnkit.qualification.catalog.QualificationSummary;
import org.ocnkit.report.AgeBand;
import org.ocnkit.report.AgeBands;
import org.ocnkit.report.Figure;
import org.ocnkit.report.FollowUpPoint;
import org.ocnkit.report.IndicatorReport;
import org.ocnkit.report.IndicatorTable;
import org.ocnkit.report.IndicatorTable.Column;
import org.ocnkit.report.IndicatorTable.TableRow;
import org.ocnkit.report.OutcomeStatus;
import org.ocnkit.report.ReportPeriod;
import org.ocnkit.report.ReportSettings;
import org.ocnkit.store.ReadTx;

/**
 * Counts the participants into the indicator tables, lets {@link Suppression} decide what is shown,
 * and assembles the {@link IndicatorReport}.
 *
 * <p>What is counted (see also the report's "About" sheet):
 *
 * <ul>
 *   <li>started: the start date lies in the period; ended: the end date does. A date after the
 *       report date has not happened and is not counted.
 *   <li>age band: the age in whole years at the start date ({@code apprentice.age_at_entry},
 *       computed from the date of birth when the apprentice was added and kept after erasure): a
 *       birthday during the programme does not move anyone to another band.
 *   <li>units, credits and participants with a unit: units signed off as achieved in the period.
 *   <li>with a unit certificate: participants with at least one valid (not revoked) certificate of
 *       units issued in the period: what "gained a qualification" counted before qualifications
 *       existed (issue 21), kept so that funders still see it.
 *   <li>gained a qualification: participants with at least one valid qualification certificate
 *       issued in the period. Valid means neither revoked nor under review: a qualification
 *       certificate one of whose unit certificates was revoked is flagged for review, and until the
 *       issuer has reviewed it, it does not count as gained. Status is as of the report date, like
 *       everything else in the report.
 *   <li>by qualification: for each qualification code in the catalogue (all versions together), the
 *       participants who gained it in the period; someone who gained two qualifications is counted
 *       under each, and once in "gained a qualification".
 *   <li>outcomes: for each participant who ended in the period, the current outcome recorded at
 *       each follow-up point, or "not recorded".
 * </ul>
 */
public final class IndicatorBuilder {
  static final String STARTED = "started";
  static final String ENDED = "ended";
  static final String ACHIEVERS = "achievers";
  static final String UNITS = "units";
  static final String CREDITS = "credits";
  static final String CERTIFIED = "certified";
  static final String QUALIFIED = "qualified";
  static final String QUALIFICATION = "qualification";
  static final String GENDER = "gender";
  static final String BAND = "band";
  static final String BAND2 = "band2";
  static final String ABROAD = "abroad";
  static final String DISABILITY = "disability";
  static final String STATUS = "status";
  static final String OTHER_AGES = "other";
  static final String NOT_RECORDED = "not-recorded";
  static final String TOTAL = "total";

  private static final List<String> GENDERS =
      Arrays.stream(Gender.values()).map(Gender::code).toList();
  private static final List<String> ABROAD_VALUES =
      Arrays.stream(BornAbroad.values()).map(BornAbroad::code).toList();
  private static final List<String> STATUSES = statuses();

  private final List<Participant> participants;
  private final ReportPeriod period;
  private final LocalDate today;
  private final ReportSettings settings;
  private final Map<String, QualificationTitle> catalogue = new TreeMap<>();
  private final Map<Quantity, Long> counted = new HashMap<>();
  private final Map<Quantity, Long> used = new LinkedHashMap<>();
  private final Set<Quantity> sums = new HashSet<>();
  private final Map<Quantity, Quantity> summedOver = new HashMap<>();
  private final List<Suppression.Line> lines = new ArrayList<>();

  /**
   * @param qualifications the qualifications of the catalogue, one per code, whose titles the table
   *     by qualification shows
   */
  public IndicatorBuilder(
      List<Participant> participants,
      ReportPeriod period,
      LocalDate today,
      ReportSettings settings,
      List<QualificationTitle> qualifications) {
    this.participants = List.copyOf(participants);
    this.period = period;
    this.today = today;
    this.settings = settings;
    qualifications.forEach(q -> catalogue.put(q.code().value(), q));
  }

  /**
   * A qualification as the table by qualification names it: the code and the titles of its newest
   * version.
   */
  public record QualificationTitle(
      QualificationCode code, String titleSv, Optional<String> titleEn) {
    public QualificationTitle {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(titleSv, "titleSv");
      Objects.requireNonNull(titleEn, "titleEn");
    }

    /** Every code in the catalogue, with the titles of its newest version. */
    public static List<QualificationTitle> load(ReadTx tx) throws SQLException {
      Map<QualificationCode, QualificationTitle> newest = new TreeMap<>();
      // The catalogue lists by code and version, so the last one of a code is its newest.
      for (QualificationSummary q : QualificationRecords.list(tx)) {
        newest.put(
            q.ref().code(), new QualificationTitle(q.ref().code(), q.titleSv(), q.titleEn()));
      }
      return List.copyOf(newest.values());
    }
  }

  /** The report, with every figure decided. */
  public IndicatorReport build(String organisation) {
    count();
    List<TableSpec> participantTables = new ArrayList<>();
    participantTables.add(
        cube("participants", text("table.participants"), BAND, settings.ageBands()));
    settings
        .secondAgeBands()
        .ifPresent(
            second ->
                participantTables.add(
                    cube("participants-second", text("table.participantsSecond"), BAND2, second)));
    participantTables.add(disability());
    TableSpec results = results();
    TableSpec byQualification = qualifications();
    List<TableSpec> outcomes = new ArrayList<>();
    for (FollowUpPoint p : settings.followUps()) {
      outcomes.add(outcomes(p));
    }
    Set<Quantity> people = new HashSet<>(used.keySet());
    people.removeAll(sums);
    Map<Quantity, Figure> figures =
        new Suppression(used, people, summedOver, lines, settings.suppressBelow()).decide();
    return new IndicatorReport(
        organisation,
        period,
        today,
        settings,
        List.of(
            new IndicatorReport.Sheet(
                IndicatorReport.PARTICIPANTS,
                text("sheet.participants"),
                participantTables.stream().map(t -> t.table(figures)).toList()),
            new IndicatorReport.Sheet(
                IndicatorReport.RESULTS,
                text("sheet.results"),
                List.of(results.table(figures), byQualification.table(figures))),
            new IndicatorReport.Sheet(
                IndicatorReport.OUTCOMES,
                text("sheet.outcomes"),
                outcomes.stream().map(t -> t.table(figures)).toList())),
        catalogue.values().stream()
            .map(
                q ->
                    new IndicatorReport.QualificationGained(
                        q.code().value(),
                        q.titleSv(),
                        q.titleEn(),
                        figures.get(qualification(q.code().value()))))
            .toList());
  }

  // Counting -----------------------------------------------------------------------------------

  private void count() {
    for (Participant p : participants) {
      String g = p.gender().code();
      String b = p.bornAbroad().code();
      String band = band(settings.ageBands(), p.ageAtEntry());
      Optional<String> band2 = settings.secondAgeBands().map(s -> band(s, p.ageAtEntry()));
      String d = p.disability().map(yes -> yes ? "yes" : "no").orElse(NOT_RECORDED);
      boolean ended = p.end().map(e -> period.counts(e, today)).orElse(false);
      for (String measure : List.of(STARTED, ENDED)) {
        if (measure.equals(STARTED) ? !period.counts(p.start(), today) : !ended) {
          continue;
        }
        for (String gv : Arrays.asList(null, g)) {
          for (String bv : Arrays.asList(null, b)) {
            for (String av : Arrays.asList(null, band)) {
              add(Quantity.of(measure).with(GENDER, gv).with(ABROAD, bv).with(BAND, av), 1);
            }
            if (band2.isPresent()) {
              add(
                  Quantity.of(measure).with(GENDER, gv).with(ABROAD, bv).with(BAND2, band2.get()),
                  1);
            }
          }
        }
        add(Quantity.of(measure).with(DISABILITY, d), 1);
      }
      List<Quantity> groups =
          List.of(
              Quantity.of(ACHIEVERS),
              Quantity.of(ACHIEVERS).with(GENDER, g),
              Quantity.of(ACHIEVERS).with(BAND, band),
              Quantity.of(ACHIEVERS).with(ABROAD, b));
      List<Participant.AchievedUnit> units =
          p.units().stream().filter(u -> period.counts(u.on(), today)).toList();
      if (!units.isEmpty()) {
        int credits = units.stream().mapToInt(Participant.AchievedUnit::credits).sum();
        for (Quantity q : groups) {
          add(q, 1);
          add(q.as(UNITS), units.size());
          add(q.as(CREDITS), credits);
        }
      }
      if (p.unitCertificates().stream().anyMatch(c -> period.counts(c, today))) {
        groups.forEach(q -> add(q.as(CERTIFIED), 1));
      }
      Set<String> gained = new TreeSet<>();
      for (Participant.GainedQualification q : p.qualifications()) {
        if (period.counts(q.on(), today)) {
          gained.add(q.code().value());
        }
      }
      if (!gained.isEmpty()) {
        groups.forEach(q -> add(q.as(QUALIFIED), 1));
      }
      for (String code : gained) {
        catalogue.putIfAbsent(
            code, new QualificationTitle(new QualificationCode(code), code, Optional.empty()));
        add(qualification(code), 1);
      }
      if (ended) {
        for (FollowUpPoint point : settings.followUps()) {
          String s =
              Optional.ofNullable(p.outcomes().get(point.code()))
                  .map(OutcomeStatus::code)
                  .orElse(NOT_RECORDED);
          Quantity q = Quantity.of(outcome(point)).with(STATUS, s);
          add(q, 1);
          add(q.with(GENDER, g), 1);
        }
      }
    }
  }

  private void add(Quantity q, long n) {
    counted.merge(q, n, Long::sum);
  }

  private static String band(AgeBands bands, int age) {
    return bands.of(age).map(AgeBand::key).orElse(OTHER_AGES);
  }

  private static Quantity qualification(String code) {
    return Quantity.of(QUALIFIED).with(QUALIFICATION, code);
  }

  private static String outcome(FollowUpPoint point) {
    return "outcome@" + point.code();
  }

  private Quantity use(Quantity q) {
    used.putIfAbsent(q, counted.getOrDefault(q, 0L));
    return q;
  }

  private void line(Quantity total, List<Quantity> parts) {
    use(total);
    parts.forEach(this::use);
    lines.add(new Suppression.Line(total, parts));
  }

  // Tables -------------------------------------------------------------------------------------

  /**
   * Started and ended by gender, age band and born abroad, with every total: blocks of rows per
   * gender (all genders first), a row per band and the block's total; columns per born abroad and
   * total, for started and for ended.
   */
  private TableSpec cube(String id, Message title, String bandDimension, AgeBands bands) {
    List<String> bandValues = new ArrayList<>(bands.bands().stream().map(AgeBand::key).toList());
    Map<String, Message> bandLabels = new LinkedHashMap<>();
    bands.bands().forEach(b -> bandLabels.put(b.key(), b.label()));
    if (!bands.coversAll()) {
      bandValues.add(OTHER_AGES);
      bandLabels.put(OTHER_AGES, text("band.other"));
    }
    TableSpec t = new TableSpec(id, title, List.of(text("header.gender"), text("header.band")));
    for (String measure : List.of(STARTED, ENDED)) {
      for (String b : withTotal(ABROAD_VALUES)) {
        t.column(
            measure + "/" + key(b),
            Optional.of(text("measure." + measure)),
            text(b == null ? "abroad.total" : "abroad." + b));
      }
    }
    List<String> blocks = new ArrayList<>();
    blocks.add(null);
    blocks.addAll(GENDERS);
    for (String g : blocks) {
      for (String a : withTotal(bandValues)) {
        List<Quantity> cells = new ArrayList<>();
        for (String measure : List.of(STARTED, ENDED)) {
          for (String b : withTotal(ABROAD_VALUES)) {
            cells.add(
                use(Quantity.of(measure).with(GENDER, g).with(bandDimension, a).with(ABROAD, b)));
          }
        }
        t.row(
            key(g) + "/" + key(a),
            List.of(genderLabel(g), a == null ? text("band.total") : bandLabels.get(a)),
            a == null,
            cells);
      }
    }
    for (String measure : List.of(STARTED, ENDED)) {
      Quantity m = Quantity.of(measure);
      for (String a : withTotal(bandValues)) {
        for (String b : withTotal(ABROAD_VALUES)) {
          line(
              m.with(bandDimension, a).with(ABROAD, b),
              GENDERS.stream()
                  .map(g -> m.with(GENDER, g).with(bandDimension, a).with(ABROAD, b))
                  .toList());
        }
      }
      for (String g : withTotal(GENDERS)) {
        for (String b : withTotal(ABROAD_VALUES)) {
          line(
              m.with(GENDER, g).with(ABROAD, b),
              bandValues.stream()
                  .map(a -> m.with(GENDER, g).with(bandDimension, a).with(ABROAD, b))
                  .toList());
        }
        for (String a : withTotal(bandValues)) {
          line(
              m.with(GENDER, g).with(bandDimension, a),
              ABROAD_VALUES.stream()
                  .map(b -> m.with(GENDER, g).with(bandDimension, a).with(ABROAD, b))
                  .toList());
        }
      }
    }
    return t;
  }

  /** Started and ended by disability: yes, no, not recorded. */
  private TableSpec disability() {
    TableSpec t =
        new TableSpec("disability", text("table.disability"), List.of(text("header.disability")));
    List<String> values = List.of("yes", "no", NOT_RECORDED);
    for (String measure : List.of(STARTED, ENDED)) {
      t.column(measure, Optional.empty(), text("measure." + measure));
    }
    for (String d : withTotal(values)) {
      t.row(
          key(d),
          List.of(text("disability." + key(d))),
          d == null,
          List.of(
              use(Quantity.of(STARTED).with(DISABILITY, d)),
              use(Quantity.of(ENDED).with(DISABILITY, d))));
    }
    for (String measure : List.of(STARTED, ENDED)) {
      line(
          Quantity.of(measure),
          values.stream().map(d -> Quantity.of(measure).with(DISABILITY, d)).toList());
    }
    return t;
  }

  /**
   * Participants with a unit achieved, units, credits, participants with a unit certificate and
   * participants who gained a qualification: in total, by gender, by age band and by born abroad.
   */
  private TableSpec results() {
    TableSpec t =
        new TableSpec(
            "results", text("table.results"), List.of(text("header.group"), text("header.value")));
    List<String> measures = List.of(ACHIEVERS, UNITS, CREDITS, CERTIFIED, QUALIFIED);
    for (String measure : measures) {
      t.column(measure, Optional.empty(), text("results." + measure));
    }
    List<String> bandValues =
        new ArrayList<>(settings.ageBands().bands().stream().map(AgeBand::key).toList());
    Map<String, Message> bandLabels = new LinkedHashMap<>();
    settings.ageBands().bands().forEach(b -> bandLabels.put(b.key(), b.label()));
    if (!settings.ageBands().coversAll()) {
      bandValues.add(OTHER_AGES);
      bandLabels.put(OTHER_AGES, text("band.other"));
    }
    t.row(
        TOTAL,
        List.of(text("group.all"), text("group.allValue")),
        true,
        measures.stream().map(m -> use(Quantity.of(m))).toList());
    Map<String, List<String>> dimensions = new LinkedHashMap<>();
    dimensions.put(GENDER, GENDERS);
    dimensions.put(BAND, bandValues);
    dimensions.put(ABROAD, ABROAD_VALUES);
    for (Map.Entry<String, List<String>> dim : dimensions.entrySet()) {
      for (String v : dim.getValue()) {
        Message label =
            switch (dim.getKey()) {
              case GENDER -> genderLabel(v);
              case BAND -> bandLabels.get(v);
              default -> text("abroad." + v);
            };
        t.row(
            dim.getKey() + "/" + v,
            List.of(text("group." + dim.getKey()), label),
            false,
            measures.stream().map(m -> use(Quantity.of(m).with(dim.getKey(), v))).toList());
      }
      for (String m : measures) {
        line(
            Quantity.of(m),
            dim.getValue().stream().map(v -> Quantity.of(m).with(dim.getKey(), v)).toList());
      }
    }
    for (Quantity q : List.copyOf(used.keySet())) {
      if (q.measure().equals(UNITS) || q.measure().equals(CREDITS)) {
        sums.add(q);
        summedOver.put(q, use(q.as(ACHIEVERS)));
      }
    }
    return t;
  }

  /**
   * The participants who gained each qualification of the catalogue, by code. The counts add up to
   * "gained a qualification" only where nobody gained two; there the table and the results make a
   * line for the suppression rule, so that a hidden total is not given away by the qualifications
   * (with one qualification, its count is the total).
   */
  private TableSpec qualifications() {
    TableSpec t =
        new TableSpec(
            IndicatorReport.QUALIFICATIONS,
            text("table.qualifications"),
            List.of(text("header.qualificationCode"), text("header.qualification")));
    t.column(QUALIFIED, Optional.empty(), text("qualifications.gained"));
    List<Quantity> parts = new ArrayList<>();
    for (QualificationTitle q : catalogue.values()) {
      Quantity cell = use(qualification(q.code().value()));
      parts.add(cell);
      t.row(
          q.code().value(),
          List.of(
              text("qualification.code", q.code().value()),
              text("qualification.title", q.titleSv(), q.titleEn().orElse(q.titleSv()))),
          false,
          List.of(cell));
    }
    long sum = parts.stream().mapToLong(used::get).sum();
    if (!parts.isEmpty() && sum == used.get(Quantity.of(QUALIFIED))) {
      line(Quantity.of(QUALIFIED), parts);
    }
    return t;
  }

  /** The outcomes at one point of those who ended: status by gender. */
  private TableSpec outcomes(FollowUpPoint point) {
    TableSpec t =
        new TableSpec(
            "outcomes-" + point.code(),
            point.label("table.outcomes"),
            List.of(text("header.status")));
    for (String g : withTotal(GENDERS)) {
      t.column(key(g), Optional.empty(), genderLabel(g));
    }
    String measure = outcome(point);
    for (String s : withTotal(STATUSES)) {
      List<Quantity> cells = new ArrayList<>();
      for (String g : withTotal(GENDERS)) {
        cells.add(use(outcomeCell(measure, s, g)));
      }
      t.row(key(s), List.of(s == null ? text("status.total") : statusLabel(s)), s == null, cells);
    }
    for (String s : withTotal(STATUSES)) {
      line(
          outcomeCell(measure, s, null),
          GENDERS.stream().map(g -> outcomeCell(measure, s, g)).toList());
    }
    for (String g : GENDERS) {
      line(
          outcomeCell(measure, null, g),
          STATUSES.stream().map(s -> outcomeCell(measure, s, g)).toList());
    }
    return t;
  }

  /** A status by gender; the "all statuses" cells are the counts of those who ended. */
  private static Quantity outcomeCell(String measure, String status, String gender) {
    return status == null
        ? Quantity.of(ENDED).with(GENDER, gender)
        : Quantity.of(measure).with(STATUS, status).with(GENDER, gender);
  }

  // Labels -------------------------------------------------------------------------------------

  private static List<String> withTotal(List<String> values) {
    List<String> all = new ArrayList<>(values);
    all.add(null);
    return all;
  }

  private static String key(String value) {
    return value == null ? TOTAL : value;
  }

  private static Message genderLabel(String gender) {
    return text(gender == null ? "gender.all" : "gender." + gender);
  }

  private static Message statusLabel(String status) {
    return text("status." + status);
  }

  private static List<String> statuses() {
    List<String> all =
        new ArrayList<>(Arrays.stream(OutcomeStatus.values()).map(OutcomeStatus::code).toList());
    all.add(NOT_RECORDED);
    return List.copyOf(all);
  }

  private static Message text(String key, Object... args) {
    return Message.of(IndicatorReport.class, key, args);
  }

  /** A table being laid out: its rows hold quantities until the figures are decided. */
  private static final class TableSpec {
    private final String id;
    private final Message title;
    private final List<Message> labelHeaders;
    private final List<Column> columns = new ArrayList<>();
    private final List<SpecRow> rows = new ArrayList<>();

    TableSpec(String id, Message title, List<Message> labelHeaders) {
      this.id = id;
      this.title = title;
      this.labelHeaders = labelHeaders;
    }

    void column(String key, Optional<Message> group, Message label) {
      columns.add(new Column(key, group, label));
    }

    void row(String key, List<Message> labels, boolean total, List<Quantity> cells) {
      rows.add(new SpecRow(key, labels, total, cells));
    }

    IndicatorTable table(Map<Quantity, Figure> figures) {
      List<TableRow> out = new ArrayList<>();
      for (SpecRow r : rows) {
        out.add(
            new TableRow(
                r.key(), r.labels(), r.total(), r.cells().stream().map(figures::get).toList()));
      }
      return new IndicatorTable(id, title, labelHeaders, columns, out);
    }

    private record SpecRow(String key, List<Message> labels, boolean total, List<Quantity> cells) {}
  }
}

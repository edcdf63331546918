package org.ocnkit.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.evidence.testing.WorkbookFiller;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;

/**
 * Acceptance 1 of issue 5: a supervisor workbook written, filled in with POI as a supervisor would
 * (Swedish text, dates typed as text and entered as date cells), imported, and {@code progress}
 * shows exactly the criteria filled in as met: first as recorded and awaiting the assessor, then,
 * once the assessor signs off, as met.
 */
class WorkbookRoundTripTest {
  @TempDir Path dir;

  private static final Pattern CRITERION =
      Pattern.compile(
          "\"id\": \"(\\d\\.\\d)\",\\s*\"text\": \"[^\"]*\",\\s*\"status\": \"([a-z-]+)\"");

  /** criterion id to status, per enrolment in the order printed. */
  static List<Map<String, String>> statuses(CliRun progressJson) {
    List<Map<String, String>> all = new ArrayList<>();
    for (String enrolment : progressJson.out.split("\"enrolment\": ")) {
      Matcher m = CRITERION.matcher(enrolment);
      Map<String, String> one = new LinkedHashMap<>();
      while (m.find()) {
        one.put(m.group(1), m.group(2));
      }
      if (!one.isEmpty()) {
        all.add(one);
      }
    }
    return all;
  }

  @OnEveryEngine
  void filledInCriteriaComeBackAndProgressShowsExactlyThose(Engine engine) {
    Programme p =
        new Programme(dir)
            .create(engine)
            .roster("Amina;Hassan;1998-06-14;kvinna;ja", "Örjan;Åkesson;1985-11-02;man;nej")
            .enrol("A1")
            .enrol("A2");
    CliRun written =
        p.ok("evidence", "workbook", "--placement", "ica-test", "--out", "arbetsbok.xlsx");
    assertThat(written.out)
        .contains(
            "'Amina HS-TEST-01': E1 HS-TEST-01@1, 5 criteria",
            "'Örjan HS-TEST-01': E2 HS-TEST-01@1, 5 criteria",
            "Wrote arbetsbok.xlsx (2 sheets)");

    try (WorkbookFiller f = WorkbookFiller.open(dir.resolve("arbetsbok.xlsx"))) {
      f.fill(
              "Amina HS-TEST-01",
              "1.1",
              LocalDate.of(2026, 2, 9),
              "Observation",
              "Hälsade på kunderna vid frukt och grönt, även när kön var lång.",
              "Uppnått",
              "Åsa Öberg")
          .fill(
              "Amina HS-TEST-01",
              "2.1",
              "2026-02-16",
              "Vittnesintyg",
              "Kollegan Göran såg henne visa en äldre kund till rätt hylla.",
              "Uppnått",
              "Åsa Öberg")
          .fill(
              "Amina HS-TEST-01",
              "2.2",
              "23/2/2026",
              "Observation",
              "Berättade om två mjölkfria alternativ, men osäkert.",
              "Inte än",
              "Åsa Öberg")
          .fill(
              "Örjan HS-TEST-01",
              "3.1",
              "2/3/2026",
              "Observation",
              "Tackade varje kund på svenska och arabiska.",
              "Uppnått",
              "asa-oberg")
          .save(dir.resolve("ifylld.xlsx"));
    }
    CliRun imported = p.ok("evidence", "import", "ifylld.xlsx");
    assertThat(imported.out)
        .contains(
            "added EV1  'Amina HS-TEST-01'!C5  E1 criterion 1.1: Met",
            "added EV2  'Amina HS-TEST-01'!C7  E1 criterion 2.1: Met",
            "added EV3  'Amina HS-TEST-01'!C8  E1 criterion 2.2: Not yet",
            "added EV4  'Örjan HS-TEST-01'!C9  E2 criterion 3.1: Met",
            "4 rows added as evidence, 0 already imported before");

    List<Map<String, String>> after = statuses(p.ok("progress", "--json"));
    assertThat(after)
        .containsExactly(
            Map.of(
                "1.1",
                "claimed",
                "1.2",
                "no-evidence",
                "2.1",
                "claimed",
                "2.2",
                "not-yet",
                "3.1",
                "no-evidence"),
            Map.of(
                "1.1",
                "no-evidence",
                "1.2",
                "no-evidence",
                "2.1",
                "no-evidence",
                "2.2",
                "no-evidence",
                "3.1",
                "claimed"));
    CliRun list = p.ok("evidence", "list", "--enrolment", "E1");
    assertThat(list.out)
        .contains(
            "2026-02-09",
            "2026-02-16",
            "2026-02-23",
            "\"Hälsade på kunderna vid frukt och grönt, även när kön var lång.\"",
            "recorded by Åsa Öberg (asa-oberg, supervisor)",
            "1.1 claimed Met",
            "waiting for an assessor's sign-off");

    CliRun again = p.ok("evidence", "import", "ifylld.xlsx");
    assertThat(again.out).contains("0 rows added as evidence, 4 already imported before");
    assertThat(p.count("evidence_item")).isEqualTo(4);

    p.ok("evidence", "sign-off", "--enrolment", "E1", "--by", "karin-lund", "--as-claimed");
    p.ok("evidence", "sign-off", "EV4", "--by", "karin-lund", "--met", "3.1");
    assertThat(statuses(p.ok("progress", "--json")))
        .containsExactly(
            Map.of(
                "1.1",
                "met",
                "1.2",
                "no-evidence",
                "2.1",
                "met",
                "2.2",
                "not-yet",
                "3.1",
                "no-evidence"),
            Map.of(
                "1.1",
                "no-evidence",
                "1.2",
                "no-evidence",
                "2.1",
                "no-evidence",
                "2.2",
                "no-evidence",
                "3.1",
                "met"));
    CliRun text = p.ok("progress", "A1");
    assertThat(text.out)
        .contains(
            "E1  A1 Amina Hassan  HS-TEST-01@1 Kundbemötande i butik"
                + "  at ica-test: 2 of 5 criteria met (40 %)",
            "1.2  no evidence");
    assertThat(p.ok("audit", "verify").exitCode).isZero();
  }
}

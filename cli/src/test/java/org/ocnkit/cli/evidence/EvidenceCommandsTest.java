package org.ocnkit.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.evidence.testing.WorkbookFiller;
import org.ocnkit.learner.testing.TestApprovals;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.unit.UnitRef;
import picocli.CommandLine;

/**
 * Acceptance 3 and 4 of issue 5 through the command line: enrolment refused on a unit that may not
 * be used; a unit sign-off refused listing the missing criteria; a signed-off item that no command
 * can change, and its correction in {@code evidence list} and the audit log.
 */
class EvidenceCommandsTest {
  @TempDir Path dir;
  private Programme p;

  @BeforeEach
  void programme() {
    p =
        new Programme(dir)
            .create(Engine.SQLITE)
            .roster("Amina;Hassan;1998-06-14;kvinna;ja", "Ahmad;Karimi;1990-09-02;man;ja");
  }

  private CliRun add(String criteria, String claim) {
    return p.ok(
        "evidence",
        "add",
        "--enrolment",
        "E1",
        "--date",
        "2026-02-20",
        "--method",
        "observation",
        "--criteria",
        criteria,
        "--description",
        "Hälsade på kunderna vid kassan.",
        "--recorded-by",
        "asa-oberg",
        "--claim",
        claim);
  }

  @Test
  void enrolmentOnADraftOrAUnitDueForReviewIsRefusedWithTheReason() {
    CliRun draft =
        p.ocn(
            "enrol",
            "A1",
            "--unit",
            "HS-TEST-02@1",
            "--placement",
            "ica-test",
            "--assessor",
            "karin-lund");
    assertThat(draft.exitCode).as(draft.toString()).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(draft.err)
        .isEqualTo(
            "ocn: HS-TEST-02@1 is a draft: the panel has not approved"
                + " it, so nobody can be enrolled on it. Submit it with 'ocn unit submit"
                + " HS-TEST-02@1'.\n");
    try (Workspace ws = p.open()) {
      TestApprovals.approve(ws.store(), UnitRef.of("HS-TEST-02", 1), LocalDate.of(2026, 3, 2));
    }
    CliRun due =
        p.ocn(
            "enrol",
            "A1",
            "--unit",
            "HS-TEST-02@1",
            "--placement",
            "ica-test",
            "--assessor",
            "karin-lund");
    assertThat(due.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(due.err)
        .contains(
            "HS-TEST-02@1 reached its review date (2026-03-02): the panel"
                + " must re-approve it before new enrolments.");
    CliRun sv =
        p.ocn(
            "--lang",
            "sv",
            "enrol",
            "A1",
            "--unit",
            "HS-TEST-02@1",
            "--placement",
            "ica-test",
            "--assessor",
            "karin-lund");
    assertThat(sv.err).contains("har nått sitt granskningsdatum");
    assertThat(p.count("enrolment")).isZero();
    p.enrol("A1");
    assertThat(p.count("enrolment")).isEqualTo(1);
  }

  @Test
  void aUnitSignOffWithCriteriaMissingIsRefusedListingThem() {
    p.enrol("A1");
    add("1.1,1.2", "met");
    add("2.1", "not-yet");
    p.ok("evidence", "sign-off", "--enrolment", "E1", "--by", "karin-lund", "--as-claimed");
    add("2.2", "met");
    CliRun refused = p.ocn("enrolment", "sign-off", "E1", "--by", "karin-lund");
    assertThat(refused.exitCode).as(refused.toString()).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(refused.err.strip().split("\\R"))
        .containsExactly(
            "ocn: E1 (HS-TEST-01@1) cannot be signed off as achieved: 3 of its 5 criteria are not"
                + " met by signed-off evidence:",
            "ocn: 2.1 not yet met: Deltagaren kan visa kunden till rätt hylla.",
            "ocn: 2.2 recorded, awaiting the assessor's sign-off: Deltagaren kan berätta om två"
                + " varor.",
            "ocn: 3.1 no evidence: Deltagaren kan tacka kunden.");
    assertThat(p.count("enrolment_signoff")).isZero();

    p.ok(
        "evidence",
        "add",
        "--enrolment",
        "E1",
        "--date",
        "2026-02-27",
        "--method",
        "witness-testimony",
        "--criteria",
        "2.1,3.1",
        "--description",
        "Kollegan intygar att hon visade rätt hylla och tackade kunden.",
        "--recorded-by",
        "karin-lund");
    p.ok("evidence", "sign-off", "EV3", "EV4", "--by", "karin-lund", "--met", "2.1,2.2,3.1");
    CliRun achieved = p.ok("enrolment", "sign-off", "E1", "--by", "karin-lund");
    assertThat(achieved.out)
        .isEqualTo(
            "E1: A1 achieved HS-TEST-01@1 Kundbemötande i butik on"
                + " 2026-03-02, signed off by Karin Lund.\n");
    assertThat(p.ok("enrolment", "list").out).contains("5/5", "2026-03-02");
    assertThat(p.ok("progress", "A1").out)
        .contains("5 of 5 criteria met (100 %)", "achieved 2026-03-02");
    CliRun closed =
        p.ocn(
            "evidence",
            "add",
            "--enrolment",
            "E1",
            "--date",
            "2026-02-28",
            "--method",
            "observation",
            "--criteria",
            "1.1",
            "--description",
            "x",
            "--recorded-by",
            "asa-oberg");
    assertThat(closed.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(closed.err).contains("was signed off as achieved on 2026-03-02");
  }

  @Test
  void aSignedOffItemCannotBeChangedByAnyCommandAndItsCorrectionShows() {
    p.enrol("A1");
    add("1.1,1.2", "met");
    p.ok("evidence", "sign-off", "EV1", "--by", "karin-lund", "--met", "1.1", "--not-yet", "1.2");
    Map<String, String> locked = snapshot();

    CommandLine evidence =
        new CommandLine(new org.ocnkit.cli.evidence.EvidenceCommand(), new Factory());
    assertThat(evidence.getSubcommands().keySet())
        .containsExactlyInAnyOrder("add", "sign-off", "list", "workbook", "import");

    assertThat(
            p.ocn("evidence", "sign-off", "EV1", "--by", "karin-lund", "--met", "1.1,1.2").exitCode)
        .isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(
            p.ocn("evidence", "sign-off", "--enrolment", "E1", "--by", "karin-lund", "--as-claimed")
                .exitCode)
        .isEqualTo(ExitCode.CHECK_FAILED);
    CliRun noReason =
        p.ocn(
            "evidence",
            "add",
            "--supersedes",
            "EV1",
            "--date",
            "2026-02-21",
            "--method",
            "observation",
            "--criteria",
            "1.2",
            "--description",
            "x",
            "--recorded-by",
            "asa-oberg");
    assertThat(noReason.exitCode).isEqualTo(ExitCode.INPUT);
    assertThat(noReason.err).contains("a correction of EV1 needs a reason");
    p.ok("evidence", "workbook", "--placement", "ica-test", "--out", "arbetsbok.xlsx");
    try (WorkbookFiller f = WorkbookFiller.open(dir.resolve("arbetsbok.xlsx"))) {
      f.fill(
              "Amina HS-TEST-01",
              "1.2",
              "2026-02-22",
              "Observation",
              "Frågade vad kunden sökte.",
              "Uppnått",
              "Åsa Öberg")
          .save(dir.resolve("ifylld.xlsx"));
    }
    p.ok("evidence", "import", "ifylld.xlsx");
    assertThat(snapshot()).isEqualTo(locked);

    CliRun corrected =
        p.ok(
            "evidence",
            "add",
            "--supersedes",
            "EV1",
            "--reason",
            "Fel datum: det var den 19 februari.",
            "--date",
            "2026-02-19",
            "--method",
            "observation",
            "--criteria",
            "1.1,1.2",
            "--description",
            "Hälsade på kunderna vid kassan.",
            "--recorded-by",
            "asa-oberg",
            "--claim",
            "met");
    assertThat(corrected.out)
        .isEqualTo(
            "Recorded EV3 for E1 (1.1, 1.2), correcting EV1, which" + " no longer counts.\n");
    assertThat(snapshot()).isEqualTo(locked);
    CliRun twice =
        p.ocn(
            "evidence",
            "add",
            "--supersedes",
            "EV1",
            "--reason",
            "igen",
            "--date",
            "2026-02-19",
            "--method",
            "observation",
            "--criteria",
            "1.1",
            "--description",
            "x",
            "--recorded-by",
            "asa-oberg");
    assertThat(twice.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(twice.err).contains("EV1 was already corrected by EV3: correct EV3 instead.");

    CliRun list = p.ok("evidence", "list", "--enrolment", "E1");
    assertThat(list.out)
        .contains(
            "EV1  E1  2026-02-20  Observation, recorded by Åsa Öberg (asa-oberg, supervisor)",
            "criteria: 1.1 Met, 1.2 Not yet",
            "signed off by Karin Lund (karin-lund) at 2026-03-02T09:00:00Z; locked",
            "SUPERSEDED by EV3: no longer counts",
            "EV3  E1  2026-02-19",
            "corrects EV1: Fel datum: det var den 19 februari.",
            "3 evidence items");
    CliRun audit = p.ok("audit", "log", "--entity", "evidence_item:3");
    assertThat(audit.out).contains("evidence.supersede", "Maria Samordnare");
    assertThat(p.ok("audit", "verify").exitCode).isZero();
  }

  /** Every stored column of EV1, its criteria, judgements and sign-off. */
  private Map<String, String> snapshot() {
    try (Workspace ws = p.open()) {
      Map<String, String> all = new TreeMap<>();
      for (String sql :
          List.of(
              "SELECT * FROM evidence_item WHERE id = 1",
              "SELECT * FROM evidence_criterion WHERE evidence_item_id = 1",
              "SELECT * FROM evidence_judgement WHERE evidence_item_id = 1",
              "SELECT * FROM evidence_signoff WHERE evidence_item_id = 1")) {
        List<String> rows =
            ws.store()
                .read(
                    tx ->
                        tx.query(
                            sql,
                            row -> {
                              StringBuilder text = new StringBuilder();
                              var meta = row.resultSet().getMetaData();
                              for (int i = 1; i <= meta.getColumnCount(); i++) {
                                text.append(meta.getColumnName(i))
                                    .append('=')
                                    .append(row.resultSet().getString(i))
                                    .append(';');
                              }
                              return text.toString();
                            }));
        all.put(sql, String.join("\n", rows));
      }
      assertThat(all.values()).allMatch(v -> !v.isEmpty());
      return all;
    }
  }

  /** Builds commands without a {@code Cli}, for reading the command tree only. */
  private static final class Factory implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (var c : type.getDeclaredConstructors()) {
        if (c.getParameterCount() == 1) {
          c.setAccessible(true);
          return type.cast(c.newInstance((Object) null));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}

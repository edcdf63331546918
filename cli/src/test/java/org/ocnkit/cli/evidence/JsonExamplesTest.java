package org.ocnkit.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.JsonDoc;
import org.ocnkit.store.testing.Engine;

/**
 * The examples of {@code docs/json.md} show the fields the commands print: each command below runs
 * with {@code --json} on a small real workspace (a {@link Programme}), and the top-level field
 * names of its output must be those of the document's example. A renamed, added or removed field
 * fails here until the document says the same. (In this package for {@link Programme}.)
 */
class JsonExamplesTest {
  @TempDir Path dir;

  @Test
  void theDocumentedExamplesHaveTheFieldsTheCommandsPrint() {
    Programme p = new Programme(dir).create(Engine.SQLITE);
    JsonDoc doc = JsonDoc.read();
    List<String> checked = new ArrayList<>();
    List<String> differ = new ArrayList<>();
    Checker check =
        (command, args) -> {
          CliRun run = p.ok(args);
          Set<String> printed = JsonDoc.topLevelNames(run.out);
          assertThat(printed).as("ocn %s prints fields", command).isNotEmpty();
          Set<String> documented = JsonDoc.topLevelNames(doc.example(command));
          if (!printed.equals(documented)) {
            differ.add(
                "ocn " + command + ": prints " + printed + ", docs/json.md shows " + documented);
          }
          checked.add(command);
        };
    check.run("unit list", "unit", "list", "--json");
    check.run("unit show", "unit", "show", "HS-TEST-01", "--json");
    check.run("unit validate", "unit", "validate", "units/hs-test-01.xml", "--json");
    check.run("unit import", "unit", "import", "units/hs-test-02.xml", "--json");
    check.run("placement list", "placement", "list", "--json");
    check.run("assessor list", "assessor", "list", "--json");
    check.run(
        "apprentice add",
        "apprentice",
        "add",
        "--first-name",
        "Amina",
        "--last-name",
        "Hassan",
        "--birth-date",
        "2001-04-17",
        "--gender",
        "woman",
        "--born-abroad",
        "yes",
        "--programme",
        "Lärling 2026",
        "--start",
        "2026-01-12",
        "--json");
    check.run("apprentice list", "apprentice", "list", "--json");
    check.run(
        "enrol",
        "enrol",
        "A1",
        "--unit",
        Programme.UNIT.toString(),
        "--placement",
        "ica-test",
        "--assessor",
        "karin-lund",
        "--json");
    check.run("apprentice show", "apprentice", "show", "A1", "--json");
    check.run(
        "evidence add",
        "evidence",
        "add",
        "--enrolment",
        "E1",
        "--date",
        "2026-02-20",
        "--method",
        "observation",
        "--criteria",
        "1.1,1.2",
        "--description",
        "Hälsade på kunderna vid kassan.",
        "--recorded-by",
        "asa-oberg",
        "--claim",
        "met",
        "--json");
    check.run(
        "evidence sign-off",
        "evidence",
        "sign-off",
        "EV1",
        "--by",
        "karin-lund",
        "--met",
        "1.1,1.2",
        "--json");
    check.run("evidence list", "evidence", "list", "--enrolment", "E1", "--json");
    check.run("enrolment list", "enrolment", "list", "--json");
    check.run("progress", "progress", "A1", "--json");
    check.run(
        "panel member add",
        "panel",
        "member",
        "add",
        "Birgitta Sandström",
        "--org",
        "Norrbacka kommun",
        "--sector",
        "community",
        "--json");
    check.run("panel member list", "panel", "member", "list", "--json");
    check.run(
        "panel meeting open",
        "panel",
        "meeting",
        "open",
        "--present",
        "Anna Arbetsliv,Birgitta Sandström",
        "--json");
    check.run("panel meeting list", "panel", "meeting", "list", "--json");
    check.run("moderate moderator add", "moderate", "moderator", "add", "karin-lund", "--json");
    check.run("moderate moderator list", "moderate", "moderator", "list", "--json");
    check.run("audit log", "audit", "log", "--last", "2", "--json");
    check.run("audit verify", "audit", "verify", "--json");
    assertThat(differ).isEmpty();
    assertThat(checked).hasSize(23);
  }

  @FunctionalInterface
  private interface Checker {
    void run(String command, String... args);
  }
}

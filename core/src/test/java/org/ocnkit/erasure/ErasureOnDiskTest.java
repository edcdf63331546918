package org.ocnkit.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.evidence.EvidenceService;
import org.ocnkit.evidence.NewEvidence;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeService;
import org.ocnkit.learner.BornAbroad;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.Gender;
import org.ocnkit.learner.NewApprentice;
import org.ocnkit.learner.PersonalIdentityNumber;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.learner.testing.Tables;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CriterionId;
import org.ocnkit.unit.UnitRef;

/**
 * After {@code ocn apprentice erase}, the erased values are gone from the bytes of the workspace's
 * files, not only from the rows a query returns: SQLite's database file, its write-ahead log and
 * shared memory; PostgreSQL's table and index files (dead row versions included).
 */
class ErasureOnDiskTest {
  private static final LocalDate BORN = LocalDate.of(1998, 11, 23);

  @TempDir Path dir;

  /** A valid personal identity number for {@link #BORN}, generated, never a literal. */
  private static String pin() {
    String nine = "981123" + "457";
    return "19"
        + nine.substring(0, 6)
        + "-"
        + nine.substring(6)
        + PersonalIdentityNumber.luhnCheckDigit(nine);
  }

  @OnEveryEngine
  void noErasedValueIsLeftInTheBytesOfTheDatabaseFiles(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      UnitRef unit = LearnerFixtures.approvedUnit(ws, dir.resolve("units"));
      LearnerFixtures.placementAndAssessor(ws);
      Apprentice hedvig =
          new ApprenticeService(ws)
              .add(
                  "coordinator",
                  new NewApprentice(
                      "Hedvig",
                      "Trolle-Wachtmeister",
                      BORN,
                      Gender.WOMAN,
                      BornAbroad.NO,
                      "Lärling 2025",
                      LocalDate.of(2025, 1, 13),
                      Optional.empty(),
                      Optional.of(pin()),
                      Optional.of(true)));
      Enrolment e = LearnerFixtures.enrol(ws, hedvig, unit);
      new EvidenceService(ws)
          .add(
              "coordinator",
              NewEvidence.builder()
                  .enrolment(e.id())
                  .date(LocalDate.of(2025, 2, 20))
                  .method(AssessmentMethod.OBSERVATION)
                  .description(
                      "Hedvig Trolle-Wachtmeister (pnr "
                          + pin()
                          + ", född 23 november 1998)"
                          + " tog emot leveransen.")
                  .criterion(CriterionId.parse("1.1"))
                  .recordedBy(LearnerFixtures.SUPERVISOR)
                  .build());
      String pinHash =
          ws.store()
              .read(
                  tx ->
                      tx.queryOne(
                          "SELECT pin_hash FROM apprentice_identity WHERE apprentice_id = ?",
                          row -> row.getString(1),
                          hedvig.id().value()))
              .orElseThrow();
      String[] personal = {
        "Hedvig",
        "Trolle",
        "Wachtmeister",
        "1998-11-23",
        "23 november 1998",
        pin().substring(2),
        pin().substring(4),
        pinHash
      };
      assertThat(onDisk(ws, personal)).as("before erasure").isNotEmpty();

      ErasedData erased = PersonalDataErasure.erase(ws, "coordinator", hedvig.id(), false);

      assertThat(erased.oldCopies().complete()).as(erased.oldCopies().toString()).isTrue();
      assertThat(erased.oldCopies().administratorStatements()).isEmpty();
      assertThat(Tables.find(ws, personal)).as("rows").isEmpty();
      assertThat(onDisk(ws, personal)).as("bytes of the database files").isEmpty();
      assertThat(ws.verifyAudit().findings()).isEmpty();
      assertThat(
              new EvidenceService(ws)
                  .list(org.ocnkit.evidence.EvidenceFilter.of(e.id()))
                  .get(0)
                  .description())
          .isEqualTo(
              "[namn raderat] (pnr [personnummer raderat], född [födelsedatum raderat])"
                  + " tog emot leveransen.");
    }
  }

  /** Which needles occur in which database file, as {@code file: needle}. */
  private static List<String> onDisk(Workspace ws, String... needles) throws Exception {
    List<Path> files = new ArrayList<>();
    if (ws.usesPostgres()) {
      files.addAll(postgresFiles(ws));
    } else {
      try (Stream<Path> all = Files.walk(ws.dir())) {
        all.filter(Files::isRegularFile).forEach(files::add);
      }
      assertThat(files)
          .as("the SQLite files are searched")
          .anyMatch(f -> f.getFileName().toString().equals(Workspace.DATABASE));
    }
    List<String> hits = new ArrayList<>();
    for (Path f : files) {
      if (!Files.exists(f)) {
        continue;
      }
      String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      for (String needle : needles) {
        for (byte[] encoded :
            List.of(
                needle.getBytes(StandardCharsets.UTF_8),
                needle.getBytes(StandardCharsets.UTF_16LE),
                needle.getBytes(StandardCharsets.UTF_16BE))) {
          if (bytes.contains(new String(encoded, StandardCharsets.ISO_8859_1))) {
            hits.add(f.getFileName() + ": " + needle);
          }
        }
        // A hash stored as bytes rather than hex.
        if (needle.matches("([0-9a-f]{2}){16,}")
            && bytes.contains(
                new String(HexFormat.of().parseHex(needle), StandardCharsets.ISO_8859_1))) {
          hits.add(f.getFileName() + ": " + needle + " (binary)");
        }
      }
    }
    return hits;
  }

  /**
   * The files of every table, index and TOAST relation of the workspace's schema, after a
   * checkpoint has written every page from shared memory to them.
   */
  private static List<Path> postgresFiles(Workspace ws) throws Exception {
    List<Path> files = new ArrayList<>();
    try (Connection c = TestWorkspaces.rawConnection(ws);
        Statement s = c.createStatement()) {
      s.execute("CHECKPOINT");
      Path data;
      try (ResultSet rs = s.executeQuery("SHOW data_directory")) {
        rs.next();
        data = Path.of(rs.getString(1));
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT pg_relation_filepath(c.oid) FROM pg_class c"
                  + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
                  + " AND c.relkind IN ('r', 'i')"
                  + " UNION SELECT pg_relation_filepath(c.reltoastrelid) FROM pg_class c"
                  + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
                  + " AND c.reltoastrelid <> 0")) {
        while (rs.next()) {
          Path base = data.resolve(rs.getString(1));
          files.add(base);
          try (Stream<Path> siblings = Files.list(base.getParent())) {
            siblings
                .filter(p -> p.getFileName().toString().startsWith(base.getFileName() + "."))
                .forEach(files::add);
          }
        }
      }
    }
    assertThat(files).as("the schema's relation files").hasSizeGreaterThan(20);
    return files;
  }
}

package org.ocnkit.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;
import org.ocnkit.learner.internal.IdentityKey;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;

class ApprenticesTest {
  @TempDir Path dir;

  static NewApprentice amina(Optional<String> pin) {
    return new NewApprentice(
        "Amina",
        "Hassan",
        LocalDate.of(1998, 6, 14),
        Gender.WOMAN,
        BornAbroad.YES,
        "Lärling 2025",
        LocalDate.of(2025, 2, 3),
        Optional.of(LocalDate.of(2025, 12, 19)),
        pin,
        Optional.of(true));
  }

  static String pinFor(LocalDate birth) {
    return LocalDate.of(birth.getYear(), 1, 1).getYear() / 100
        + PersonalIdentityNumberTest.number(birth, 482, 0, '-');
  }

  @OnEveryEngine
  void theNumberIsStoredOnlyAsAKeyedHashUnderAnOwnerOnlyKey(Engine engine) throws Exception {
    String pin = pinFor(LocalDate.of(1998, 6, 14));
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      Apprentice a = Apprentices.add(ws, "coordinator", amina(Optional.of(pin)));
      assertThat(a.id()).isEqualTo(new ApprenticeId(1));
      assertThat(a.fullName()).contains("Amina Hassan");
      assertThat(a.ageAtEntry()).isEqualTo(26);
      assertThat(a.personalNumberRecorded()).isTrue();
      String hash =
          ws.store()
              .read(
                  tx ->
                      tx.queryOne(
                          "SELECT pin_hash FROM apprentice_identity WHERE apprentice_id = 1",
                          row -> row.getString(1)))
              .orElseThrow();
      assertThat(hash).matches("[0-9a-f]{64}");
      String digits = pin.replace("-", "");
      assertThat(org.ocnkit.learner.testing.Tables.find(ws, digits, digits.substring(2))).isEmpty();
      Path key = ws.keysDir().resolve(IdentityKey.FILE);
      if (ws.usesPostgres()) {
        // Shared by every desk: in the database, wrapped under the programme secret.
        assertThat(key).doesNotExist();
        Optional<String> wrapped =
            ws.store()
                .read(
                    tx ->
                        tx.queryOne(
                            "SELECT wrapped FROM shared_key WHERE name = ?",
                            row -> row.getString(1),
                            IdentityKey.SHARED_NAME));
        assertThat(wrapped.orElseThrow()).startsWith("v1:");
      } else {
        assertThat(Files.size(key)).isEqualTo(32);
      }
      if (!ws.usesPostgres()
          && key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
            .isEqualTo("rw-------");
      }
      assertThat(Apprentices.findByPersonalNumber(ws, pin)).map(Apprentice::id).contains(a.id());
      assertThat(Apprentices.findByPersonalNumber(ws, pin.substring(2)))
          .map(Apprentice::id)
          .contains(a.id());
    }
  }

  @OnEveryEngine
  void theSamePersonCannotBeAddedTwice(Engine engine) {
    String pin = pinFor(LocalDate.of(1998, 6, 14));
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      Apprentices.add(ws, "coordinator", amina(Optional.of(pin)));
      NewApprentice renamed =
          new NewApprentice(
              "Amina",
              "Hassan-Ali",
              LocalDate.of(1998, 6, 14),
              Gender.WOMAN,
              BornAbroad.YES,
              "Lärling 2025",
              LocalDate.of(2025, 2, 3),
              Optional.empty(),
              Optional.of(pin),
              Optional.empty());
      assertThat(keys(() -> Apprentices.add(ws, "coordinator", renamed)))
          .containsExactly("apprentice.exists.pin");
      assertThat(keys(() -> Apprentices.add(ws, "coordinator", amina(Optional.empty()))))
          .containsExactly("apprentice.exists.person");
      assertThat(Apprentices.list(ws.store())).hasSize(1);
    }
  }

  @Test
  void everyBrokenRuleOfOneApprenticeIsReported() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      NewApprentice bad =
          new NewApprentice(
              " ",
              "Berg",
              LocalDate.of(2015, 1, 1),
              Gender.WOMAN,
              BornAbroad.NO,
              "Lärling",
              LocalDate.of(2025, 2, 3),
              Optional.of(LocalDate.of(2025, 1, 1)),
              Optional.of(pinFor(LocalDate.of(2001, 1, 1))),
              Optional.empty());
      assertThat(keys(() -> Apprentices.add(ws, "coordinator", bad)))
          .containsExactly(
              "apprentice.blank",
              "apprentice.age",
              "apprentice.endBeforeStart",
              "pin.birthDateDiffers");
      assertThat(Apprentices.list(ws.store())).isEmpty();
      assertThat(ws.keysDir().resolve(IdentityKey.FILE)).doesNotExist();
    }
  }

  @OnEveryEngine
  void aStartDateBefore2000OrMoreThanTwoYearsAheadIsRefusedAtItsCell(Engine engine)
      throws Exception {
    // The test clock's today is 2025-03-03: the latest start is 2027-03-03.
    Path roster = dir.resolve("deltagare.csv");
    Files.write(
        roster,
        ("F\u00f6rnamn;Efternamn;F\u00f6delsedatum;K\u00f6n;F\u00f6dd utomlands;Program;"
                + "Startdatum\r\n"
                + "Amina;Hassan;1979-06-14;kvinna;ja;L\u00e4rling;1999-12-31\r\n"
                + "Johan;Lindqvist;1979-11-03;man;nej;L\u00e4rling;2027-03-04\r\n")
            .getBytes(StandardCharsets.UTF_8));
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      InvalidInputException e =
          catchThrowableOfType(
              () -> Apprentices.importRoster(ws, "coordinator", roster, "deltagare.csv"),
              InvalidInputException.class);
      assertThat(e.problems())
          .extracting(p -> p.message().key())
          .containsExactly("apprentice.startFarPast", "apprentice.startFarAhead");
      assertThat(e.problems())
          .extracting(Problem::location)
          .allMatch(where -> where.startsWith("deltagare.csv:"));
      assertThat(e.describe(java.util.Locale.ENGLISH))
          .contains(
              "1999-12-31",
              "2000-01-01",
              "rule: no start dates from the far past",
              "2027-03-04",
              "the latest is 2027-03-03",
              "rule: an apprentice starts within 2 years");
      assertThat(e.describe(org.ocnkit.Message.SWEDISH))
          .contains("regel: inga startdatum fr\u00e5n l\u00e4ngesedan");
      assertThat(Apprentices.list(ws.store())).isEmpty();
      NewApprentice lastDay =
          new NewApprentice(
              "Johan",
              "Lindqvist",
              LocalDate.of(1979, 11, 3),
              Gender.MAN,
              BornAbroad.NO,
              "L\u00e4rling",
              LocalDate.of(2027, 3, 3),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      assertThat(Apprentices.add(ws, "coordinator", lastDay).startDate())
          .isEqualTo(LocalDate.of(2027, 3, 3));
    }
  }

  @OnEveryEngine
  void aCsvRosterInSwedishImportsEveryone(Engine engine) throws Exception {
    Path roster = dir.resolve("deltagare.csv");
    Files.write(
        roster,
        ("\ufeffFörnamn;Efternamn;Födelsedatum;Kön;Född utomlands;Personnummer;"
                + "Funktionsnedsättning;Program;Startdatum;Slutdatum\r\n"
                + "Amina;Hassan;1998-06-14;kvinna;ja;"
                + pinFor(LocalDate.of(1998, 6, 14))
                + ";;Lärling 2025;2025-02-03;2025-12-19\r\n"
                + "Johan;Lindqvist;3/11/1979;man;nej;;nej;Lärling 2025;2025-02-03;\r\n"
                + "\"Sara Li\";\"Nilsson; Öst\";2004-01-30;icke-binär;okänt;;ja;Lärling 2025;"
                + "2025-02-10;2025-12-19\r\n")
            .getBytes(StandardCharsets.UTF_8));
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      RosterImport result = Apprentices.importRoster(ws, "coordinator", roster, "deltagare.csv");
      assertThat(result.added())
          .extracting(a -> a.fullName().orElseThrow())
          .containsExactly("Amina Hassan", "Johan Lindqvist", "Sara Li Nilsson; Öst");
      Apprentice johan = result.added().get(1);
      assertThat(johan.birthDate()).contains(LocalDate.of(1979, 11, 3));
      assertThat(johan.gender()).isEqualTo(Gender.MAN);
      assertThat(johan.endDate()).isEmpty();
      assertThat(result.added().get(2).gender()).isEqualTo(Gender.NON_BINARY);
      assertThat(result.added().get(2).bornAbroad()).isEqualTo(BornAbroad.UNKNOWN);
      long disabilityRows =
          ws.store().read(tx -> tx.queryLong("SELECT count(*) FROM apprentice_disability"));
      assertThat(disabilityRows).isEqualTo(2);
      List<String> actions =
          ws.store().auditLog(org.ocnkit.store.AuditQuery.ALL).stream()
              .map(org.ocnkit.store.AuditEvent::action)
              .distinct()
              .toList();
      assertThat(actions).contains(Apprentices.ACTION_IMPORT);
    }
  }

  @Test
  void aRosterWithProblemsImportsNobodyAndNamesEveryLine() throws Exception {
    Path roster = dir.resolve("roster.csv");
    Files.writeString(
        roster,
        "first_name,last_name,birth_date,gender,born_abroad,programme,"
            + "start_date,shoe_size\n"
            + "Amina,Hassan,1998-06-14,woman,yes,P1,2025-02-03,38\n"
            + "Johan,,1979-13-03,male,no,P1,2025-02-03,44\n"
            + "Elin,Berg,2003-05-05,woman,maybe,P1,2025-02-03,39\n"
            + "Amina,Hassan,1998-06-14,woman,yes,P1,2025-02-03,38\n");
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      InvalidInputException e =
          catchThrowableOfType(
              () -> Apprentices.importRoster(ws, "coordinator", roster, "roster.csv"),
              InvalidInputException.class);
      assertThat(e.problems())
          .extracting(Problem::location)
          .containsExactly(
              "roster.csv:1",
              "roster.csv:3",
              "roster.csv:3",
              "roster.csv:3",
              "roster.csv:4",
              "roster.csv:5");
      assertThat(e.describe(java.util.Locale.ENGLISH))
          .contains(
              "unknown column 'shoe_size'",
              "last_name: missing",
              "birth_date: '1979-13-03' is not a date",
              "gender: 'male' is not one of",
              "born_abroad: 'maybe'",
              "the same name and birth date as roster.csv:2");
      assertThat(Apprentices.list(ws.store())).isEmpty();
    }
  }

  @Test
  void aDuplicateRowInTheRosterIsReportedWithTheLineOfTheFirst() throws Exception {
    Path roster = dir.resolve("roster.csv");
    Files.writeString(
        roster,
        "first_name;last_name;birth_date;gender;born_abroad;programme;"
            + "start_date\n"
            + "Amina;Hassan;1998-06-14;woman;yes;P1;2025-02-03\n"
            + "Amina;Hassan;1998-06-14;woman;yes;P1;2025-02-03\n");
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      InvalidInputException e =
          catchThrowableOfType(
              () -> Apprentices.importRoster(ws, "coordinator", roster, "roster.csv"),
              InvalidInputException.class);
      assertThat(e.problems())
          .extracting(p -> p.location() + " " + p.message().key())
          .containsExactly("roster.csv:3 apprentice.duplicateInFile.person");
      assertThat(e.describe(java.util.Locale.ENGLISH)).contains("roster.csv:2");
      assertThat(Apprentices.list(ws.store())).isEmpty();
    }
  }

  @OnEveryEngine
  void anXlsxRosterReadsDateCellsAndNamesBadCells(Engine engine) throws Exception {
    Path good = dir.resolve("good.xlsx");
    writeRoster(
        good,
        new Object[] {
          "Ahmad", "Karimi", LocalDate.of(1990, 9, 2), "man", "yes", "Lärling 2025", "2025-02-03"
        });
    Path bad = dir.resolve("bad.xlsx");
    writeRoster(
        bad,
        new Object[] {
          "Ahmad", "Karimi", "not a date", "man", "yes", "Lärling 2025", LocalDate.of(2025, 2, 3)
        });
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      InvalidInputException e =
          catchThrowableOfType(
              () -> Apprentices.importRoster(ws, "coordinator", bad, "bad.xlsx"),
              InvalidInputException.class);
      assertThat(e.problems()).extracting(Problem::location).containsExactly("Deltagare!C2");
      assertThat(Apprentices.list(ws.store())).isEmpty();
      RosterImport result = Apprentices.importRoster(ws, "coordinator", good, "good.xlsx");
      assertThat(result.added())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.birthDate()).contains(LocalDate.of(1990, 9, 2));
                assertThat(a.startDate()).isEqualTo(LocalDate.of(2025, 2, 3));
                assertThat(a.ageAtEntry()).isEqualTo(34);
              });
    }
  }

  private static void writeRoster(Path file, Object[] values) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Deltagare");
      String[] header = {
        "förnamn", "efternamn", "födelsedatum", "kön", "född_utomlands", "program", "startdatum"
      };
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      Row r = sheet.createRow(1);
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof LocalDate d) {
          r.createCell(i).setCellValue(d);
          r.getCell(i).setCellStyle(date);
        } else {
          r.createCell(i).setCellValue((String) values[i]);
        }
      }
      wb.write(out);
    }
  }

  static List<String> keys(Runnable action) {
    InvalidInputException e = catchThrowableOfType(action::run, InvalidInputException.class);
    assertThat(e).as("expected an input error").isNotNull();
    return e.problems().stream().map(p -> p.message().key()).toList();
  }
}

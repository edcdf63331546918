package org.ocnkit.unit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.store.AuditEvent;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.Store;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitRef;

class UnitCatalogTest {
  @TempDir Path tmp;

  @OnEveryEngine
  void importedUnitsAreStoredAsDraftsWithOneEventEach(Engine engine) throws Exception {
    Path files = tmp.resolve("units");
    CourseUnit kund = TestUnits.unit("HS-KUND-01", 1);
    CourseUnit lager = TestUnits.unit("HS-LAGER-01", 2, "Lagerarbete");
    TestUnits.write(files, kund);
    TestUnits.write(files, lager);
    try (Workspace ws = TestWorkspaces.create(engine, tmp.resolve("ws"))) {
      List<ImportResult> results = UnitCatalog.importUnits(ws.store(), "anna", List.of(files));

      assertThat(results)
          .extracting(ImportResult::ref, ImportResult::outcome)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(kund.ref(), ImportResult.Outcome.IMPORTED),
              org.assertj.core.groups.Tuple.tuple(lager.ref(), ImportResult.Outcome.IMPORTED));
      assertThat(results.get(0).source()).endsWith("HS-KUND-01-1.xml");
      assertThat(results.get(0).hash()).isEqualTo(kund.hash());

      List<UnitSummary> list = list(ws.store(), UnitFilter.ALL);
      assertThat(list).extracting(UnitSummary::ref).containsExactly(kund.ref(), lager.ref());
      UnitSummary first = list.get(0);
      assertThat(first.state()).isEqualTo(UnitState.DRAFT);
      assertThat(first.title(Locale.ROOT)).isEqualTo("Kundbemötande i butik");
      assertThat(first.title(Locale.ENGLISH)).isEqualTo("Customer service in a shop");
      assertThat(first.level().value()).isEqualTo(2);
      assertThat(first.credits()).isEqualTo(3);
      assertThat(first.hash().prefix()).isEqualTo(kund.hash().prefix());
      assertThat(first.approvedUntil()).isEmpty();

      List<AuditEvent> log = ws.store().auditLog(AuditQuery.entity("unit_version"));
      assertThat(log)
          .extracting(AuditEvent::action, AuditEvent::actor)
          .containsOnly(org.assertj.core.groups.Tuple.tuple("unit.import", "anna"));
      assertThat(log).hasSize(2);
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @OnEveryEngine
  void aStoredUnitReadsBackAsTheSameUnit(Engine engine) {
    CourseUnit v1 = TestUnits.unit("HS-KUND-01", 1);
    CourseUnit v2 = TestUnits.unit("HS-KUND-01", 2, "Kundbemötande, fördjupning");
    Path f1 = TestUnits.write(tmp.resolve("u"), v1);
    Path f2 = TestUnits.write(tmp.resolve("u"), v2);
    try (Workspace ws = TestWorkspaces.create(engine, tmp.resolve("ws"))) {
      UnitCatalog.importUnits(ws.store(), "anna", List.of(f2, f1));

      StoredUnit newest = find(ws.store(), UnitRef.parse("HS-KUND-01")).orElseThrow();
      assertThat(newest.unit()).isEqualTo(v2);
      assertThat(newest.unit().titleSv()).isEqualTo("Kundbemötande, fördjupning");
      assertThat(newest.state()).isEqualTo(UnitState.DRAFT);
      assertThat(newest.importedAt()).isEqualTo(TestClock.START);
      StoredUnit first = find(ws.store(), UnitRef.parse("HS-KUND-01@1")).orElseThrow();
      assertThat(first.unit()).isEqualTo(v1);
      assertThat(first.unit().criteria()).hasSize(3);
      assertThat(find(ws.store(), UnitRef.parse("HS-KUND-01@3"))).isEmpty();
      assertThat(find(ws.store(), UnitRef.parse("VO-OMS-01"))).isEmpty();
      assertThatThrownBy(
              () -> ws.store().read(tx -> UnitRecords.require(tx, UnitRef.parse("VO-OMS-01"))))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("VO-OMS-01")
          .hasMessageContaining("ocn unit import");
    }
  }

  @OnEveryEngine
  void importingTheSameContentAgainChangesNothing(Engine engine) {
    Path file = TestUnits.write(tmp.resolve("u"), TestUnits.unit("HS-KUND-01", 1));
    try (Workspace ws = TestWorkspaces.create(engine, tmp.resolve("ws"))) {
      long id = UnitCatalog.importUnits(ws.store(), "anna", List.of(file)).get(0).id();
      List<ImportResult> again = UnitCatalog.importUnits(ws.store(), "bo", List.of(file));
      assertThat(again)
          .extracting(ImportResult::outcome)
          .containsExactly(ImportResult.Outcome.UNCHANGED);
      assertThat(again.get(0).id()).isEqualTo(id);
      assertThat(ws.store().auditLog(AuditQuery.ALL)).hasSize(1);
    }
  }

  @OnEveryEngine
  void changedContentUnderAStoredVersionIsRefused(Engine engine) throws Exception {
    Path original = TestUnits.write(tmp.resolve("a"), TestUnits.unit("HS-KUND-01", 1));
    Path changed =
        TestUnits.write(
            tmp.resolve("b"), TestUnits.unit("HS-KUND-01", 1, "Kundbemötande (ändrad)"));
    Path other = TestUnits.write(tmp.resolve("b"), TestUnits.unit("HS-LAGER-01", 1));
    Path third = TestUnits.write(tmp.resolve("c"), TestUnits.unit("HS-KUND-01", 3));
    try (Workspace ws = TestWorkspaces.create(engine, tmp.resolve("ws"))) {
      UnitCatalog.importUnits(ws.store(), "anna", List.of(original, third));

      InvalidInputException e =
          catchInvalid(() -> UnitCatalog.importUnits(ws.store(), "anna", List.of(other, changed)));
      assertThat(e.problems()).extracting(Problem::location).containsExactly(changed.toString());
      assertThat(e.describe(Locale.ROOT))
          .contains(
              "HS-KUND-01@1 is already stored with other content",
              "raise the version number in this file (to 4)");
      assertThat(e.describe(Message.SWEDISH)).contains("höj versionsnumret");
      assertThat(list(ws.store(), UnitFilter.ALL)).hasSize(2);
      assertThat(ws.store().auditLog(AuditQuery.ALL)).hasSize(2);
    }
  }

  @OnEveryEngine
  void aFolderWithAnInvalidThirdUnitImportsNothing(Engine engine) throws Exception {
    Path folder = tmp.resolve("units");
    TestUnits.write(folder, TestUnits.unit("HS-A-01", 1));
    TestUnits.write(folder, TestUnits.unit("HS-B-01", 1));
    String broken =
        new String(
                TestUnits.unit("HS-C-01", 1).canonicalForm(),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace(">30<", ">35<");
    Files.writeString(folder.resolve("HS-C-01-1.xml"), broken);
    Files.writeString(folder.resolve("HS-D-01-1.xml"), "<unit>inte klar");
    try (Workspace ws = TestWorkspaces.create(engine, tmp.resolve("ws"))) {
      InvalidInputException e =
          catchInvalid(() -> UnitCatalog.importUnits(ws.store(), "anna", List.of(folder)));

      assertThat(e.problems())
          .extracting(Problem::location)
          .anySatisfy(l -> assertThat(l).contains("HS-C-01-1.xml"))
          .anySatisfy(l -> assertThat(l).contains("HS-D-01-1.xml"));
      assertThat(list(ws.store(), UnitFilter.ALL)).isEmpty();
      assertThat(ws.store().auditLog(AuditQuery.ALL)).isEmpty();
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @Test
  void twoFilesWithTheSameVersionButOtherContentAreRefusedTogether() {
    Path a = TestUnits.write(tmp.resolve("a"), TestUnits.unit("HS-KUND-01", 1));
    Path b = TestUnits.write(tmp.resolve("b"), TestUnits.unit("HS-KUND-01", 1, "Annan titel"));
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, tmp.resolve("ws"))) {
      InvalidInputException e =
          catchInvalid(() -> UnitCatalog.importUnits(ws.store(), "anna", List.of(a, b)));
      assertThat(e.problems()).extracting(Problem::location).containsExactly(b.toString());
      assertThat(e.getMessage()).contains(a.toString());
      assertThat(list(ws.store(), UnitFilter.ALL)).isEmpty();
    }
  }

  @OnEveryEngine
  void theListFiltersByStateAndByReviewDate(Engine engine) throws Exception {
    TestClock clock = new TestClock();
    Path folder = tmp.resolve("u");
    for (String code : List.of("HS-A-01", "HS-B-01", "HS-C-01", "HS-D-01")) {
      TestUnits.write(folder, TestUnits.unit(code, 1));
    }
    try (Workspace ws = TestWorkspaces.create(engine, tmp.resolve("ws"), clock)) {
      List<ImportResult> imported = UnitCatalog.importUnits(ws.store(), "anna", List.of(folder));
      ws.store()
          .write(
              "panel",
              tx -> {
                tx.update(
                    "unit_version",
                    imported.get(0).id(),
                    Map.of("state", UnitState.APPROVED, "approved_until", tx.today().plusYears(3)),
                    "panel.decide");
                tx.update(
                    "unit_version",
                    imported.get(1).id(),
                    Map.of("state", UnitState.APPROVED, "approved_until", tx.today().plusYears(4)),
                    "panel.decide");
                tx.update(
                    "unit_version",
                    imported.get(2).id(),
                    Map.of("state", UnitState.REVIEW_DUE),
                    "panel.review-due");
                return null;
              });

      assertThat(list(ws.store(), UnitFilter.inState(UnitState.APPROVED)))
          .extracting(s -> s.ref().code().value())
          .containsExactly("HS-A-01", "HS-B-01");
      assertThat(list(ws.store(), UnitFilter.due()))
          .extracting(s -> s.ref().code().value())
          .containsExactly("HS-C-01");
      clock.advance(java.time.Period.ofYears(3));
      assertThat(list(ws.store(), UnitFilter.due()))
          .extracting(s -> s.ref().code().value())
          .containsExactly("HS-A-01", "HS-C-01");
      assertThat(list(ws.store(), UnitFilter.ALL).get(0).approvedUntil())
          .contains(java.time.LocalDate.of(2028, 3, 3));
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @Test
  void statesHaveNamesInBothLanguages() {
    assertThat(UnitState.APPROVED.displayName(Message.SWEDISH)).isEqualTo("Fastställd");
    assertThat(UnitState.REFERRED_BACK.displayName(Locale.ENGLISH)).isEqualTo("Referred back");
    for (UnitState s : UnitState.values()) {
      assertThat(s.displayName(Message.SWEDISH)).doesNotStartWith("state.");
      assertThat(s.displayName(Locale.ROOT)).doesNotStartWith("state.");
    }
  }

  @Test
  void anAlteredStoredUnitIsReportedNotReturned() throws Exception {
    Path file = TestUnits.write(tmp.resolve("u"), TestUnits.unit("HS-KUND-01", 1));
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, tmp.resolve("ws"))) {
      UnitCatalog.importUnits(ws.store(), "anna", List.of(file));
      TestWorkspaces.executeRaw(
          ws,
          "UPDATE unit_version SET content = replace(content, 'hylla', 'disk')",
          "UPDATE unit_version SET content = replace(content, 'butik', 'kiosk')");
      assertThatThrownBy(() -> find(ws.store(), UnitRef.parse("HS-KUND-01")))
          .isInstanceOf(org.ocnkit.EnvironmentException.class)
          .hasMessageContaining("unit_version:1")
          .hasMessageContaining("ocn audit verify");
      assertThat(ws.verifyAudit().firstProblem())
          .map(f -> f.entity())
          .isEqualTo(Optional.of("unit_version:1"));
    }
  }

  private static InvalidInputException catchInvalid(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("expected an input error");
  }

  private static List<UnitSummary> list(Store store, UnitFilter filter) {
    return store.read(tx -> UnitRecords.list(tx, filter));
  }

  private static Optional<StoredUnit> find(Store store, UnitRef.Query query) {
    return store.read(tx -> UnitRecords.find(tx, query));
  }
}

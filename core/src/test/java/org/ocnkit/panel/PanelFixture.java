package org.ocnkit.panel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ocnkit.store.AuditEvent;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.UnitService;
import org.ocnkit.unit.catalog.StoredUnit;
import org.ocnkit.unit.catalog.TestUnits;
import org.ocnkit.unit.catalog.UnitCatalog;
import org.ocnkit.unit.catalog.UnitState;

/**
 * A workspace with a panel of five members and helpers to bring units before it. The test units
 * ({@link TestUnits}) name "Anna Andersson" as their author, who sits on the panel.
 */
final class PanelFixture implements AutoCloseable {
  static final String ACTOR = "koordinator";

  /** Community, the panel's chair. */
  static final String CHAIR = "Birgitta Sandström";

  /** Working life. */
  static final String JOHAN = "Johan Lindberg";

  /** Working life. */
  static final String FATIMA = "Fatima Haddad";

  /** Education. */
  static final String LARS = "Lars-Erik Nyström";

  /** Education; the test units' author. */
  static final String ANNA = "Anna Andersson";

  final Workspace ws;
  final TestClock clock;
  final Panel panel;
  final Path dir;
  private int files;

  private PanelFixture(Workspace ws, TestClock clock, Path dir) {
    this.ws = ws;
    this.clock = clock;
    this.panel = Panel.of(ws);
    this.dir = dir;
  }

  static PanelFixture create(Engine engine, Path dir) {
    TestClock clock = new TestClock();
    Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock);
    PanelFixture f = new PanelFixture(ws, clock, dir);
    f.panel.addMember(ACTOR, CHAIR, "Arbetsmarknadsenheten Testkommunen", Sector.COMMUNITY, true);
    f.panel.addMember(ACTOR, JOHAN, "Lindbergs Mekaniska AB", Sector.WORKING_LIFE, false);
    f.panel.addMember(ACTOR, FATIMA, "Livs & Hem i Testby AB", Sector.WORKING_LIFE, false);
    f.panel.addMember(ACTOR, LARS, "Testby folkhögskola", Sector.EDUCATION, false);
    f.panel.addMember(ACTOR, ANNA, "Lärcentrum Testkommunen", Sector.EDUCATION, false);
    return f;
  }

  /** Imports {@code unit} as a draft. */
  UnitRef importUnit(CourseUnit unit) {
    Path file = TestUnits.write(dir.resolve("units-" + (++files)), unit);
    UnitCatalog.importUnits(ws.store(), ACTOR, List.of(file));
    return unit.ref();
  }

  /** Imports and submits {@code unit}. */
  UnitRef submitted(CourseUnit unit) {
    UnitRef ref = importUnit(unit);
    panel.submit(ACTOR, new UnitRef.Query(ref.code(), Optional.of(ref.version())));
    return ref;
  }

  /** A meeting today with {@code present}, chaired by the panel's chair. */
  long meeting(String... present) {
    return panel
        .openMeeting(ACTOR, Optional.empty(), Arrays.asList(present), Optional.empty())
        .id();
  }

  /** The usual quorate meeting: the chair, both working-life members and Lars. */
  long fullMeeting() {
    return meeting(CHAIR, JOHAN, FATIMA, LARS, ANNA);
  }

  List<Vote> vote(long meeting, UnitRef unit, VoteChoice choice, String... members) {
    return panel.vote(ACTOR, meeting, unit, Arrays.asList(members), Ballot.of(choice));
  }

  StoredUnit stored(UnitRef ref) {
    return new UnitService(ws)
        .find(new UnitRef.Query(ref.code(), Optional.of(ref.version())))
        .orElseThrow();
  }

  /** The state stored for {@code ref} (not the effective one). */
  UnitState storedState(UnitRef ref) {
    return stored(ref).state();
  }

  /** The state {@code ref} is in today. */
  UnitState state(UnitRef ref) {
    StoredUnit s = stored(ref);
    return UnitApprovals.effectiveState(
        s.state(), s.approvedUntil(), java.time.LocalDate.now(clock));
  }

  List<AuditEvent> events() {
    return ws.store().auditLog(AuditQuery.ALL);
  }

  long eventCount() {
    return events().size();
  }

  static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("course-units/schema"))) {
        return p;
      }
    }
    throw new IllegalStateException("run the tests inside the ocnkit repository");
  }

  @Override
  public void close() {
    ws.close();
  }
}

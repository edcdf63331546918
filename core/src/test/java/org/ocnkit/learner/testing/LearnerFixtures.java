package org.ocnkit.learner.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeService;
import org.ocnkit.learner.AssessorService;
import org.ocnkit.learner.BornAbroad;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentService;
import org.ocnkit.learner.Gender;
import org.ocnkit.learner.NewApprentice;
import org.ocnkit.learner.NewEnrolment;
import org.ocnkit.learner.NewPlacement;
import org.ocnkit.learner.NewSupervisor;
import org.ocnkit.learner.PlacementService;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.Arena;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitCatalog;

/**
 * A small programme for tests: a unit with five criteria (approved), a placement at a grocery shop
 * with a supervisor, a qualified assessor, and apprentices to enrol. Test clocks start on
 * 2025-03-03, so dates here lie before that.
 */
public final class LearnerFixtures {
  /** The placement's code. */
  public static final Code PLACEMENT = new Code("ica-test");

  /** Its supervisor, who records but does not judge. */
  public static final Code SUPERVISOR = new Code("asa-oberg");

  /** A qualified assessor. */
  public static final Code ASSESSOR = new Code("karin-lund");

  private LearnerFixtures() {}

  /**
   * A unit at a shop: criteria 1.1, 1.2, 2.1, 2.2, 3.1; methods observation and witness testimony.
   */
  public static CourseUnit unit(String code, int version) {
    return CourseUnit.builder()
        .code(code)
        .version(version)
        .titleSv("Kundbemötande i butik")
        .titleEn("Customer service in a shop")
        .arena(Arena.HANDEL_SERVICE)
        .level(2)
        .notionalHours(30)
        .purpose("Deltagaren lär sig att möta kunder i butik.")
        .outcome(
            "Deltagaren ska kunna ta emot en kund.",
            "Deltagaren kan hälsa på kunden.",
            "Deltagaren kan fråga vad kunden behöver.")
        .outcome(
            "Deltagaren ska kunna visa varor.",
            "Deltagaren kan visa kunden till rätt hylla.",
            "Deltagaren kan berätta om två varor.")
        .outcome("Deltagaren ska kunna avsluta ett kundmöte.", "Deltagaren kan tacka kunden.")
        .method(AssessmentMethod.OBSERVATION)
        .method(AssessmentMethod.WITNESS_TESTIMONY)
        .evidenceRequirements("Handledaren observerar tre kundmöten.")
        .author("Anna Andersson")
        .build();
  }

  /** Imports {@code unit} (a file in {@code dir}) and returns its reference. */
  public static UnitRef importUnit(Workspace ws, Path dir, CourseUnit unit) {
    try {
      Files.createDirectories(dir);
      Path file =
          Files.write(
              dir.resolve(unit.code() + "-" + unit.version() + ".xml"), unit.canonicalForm());
      UnitCatalog.importUnits(ws.store(), "coordinator", List.of(file));
      return unit.ref();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports and approves the standard unit HS-TEST-01@1. */
  public static UnitRef approvedUnit(Workspace ws, Path dir) {
    UnitRef ref = importUnit(ws, dir, unit("HS-TEST-01", 1));
    TestApprovals.approve(ws.store(), ref);
    return ref;
  }

  /** The placement with its supervisor Åsa Öberg, and the qualified assessor Karin Lund. */
  public static void placementAndAssessor(Workspace ws) {
    new PlacementService(ws)
        .add(
            "coordinator",
            new NewPlacement(
                PLACEMENT,
                "ICA Nära Testby",
                "Testby Livs AB",
                Arena.HANDEL_SERVICE,
                List.of(new NewSupervisor(SUPERVISOR, "Åsa Öberg"))));
    new AssessorService(ws).add("coordinator", ASSESSOR, "Karin Lund", true);
  }

  /** An apprentice with these names, born 2001-04-17, starting 2025-01-13. */
  public static Apprentice apprentice(Workspace ws, String first, String last) {
    return new ApprenticeService(ws)
        .add(
            "coordinator",
            new NewApprentice(
                first,
                last,
                LocalDate.of(2001, 4, 17),
                Gender.WOMAN,
                BornAbroad.YES,
                "Lärling 2025",
                LocalDate.of(2025, 1, 13),
                Optional.of(LocalDate.of(2025, 12, 19)),
                Optional.empty(),
                Optional.of(false)));
  }

  /** Enrols {@code apprentice} on {@code unit} at the fixture placement with Karin Lund. */
  public static Enrolment enrol(Workspace ws, Apprentice apprentice, UnitRef unit) {
    return new EnrolmentService(ws)
        .enrol(
            "coordinator",
            new NewEnrolment(
                apprentice.id(),
                new UnitRef.Query(unit.code(), Optional.of(unit.version())),
                PLACEMENT,
                ASSESSOR));
  }
}

package org.ocnkit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.IssuedCertificate;
import org.ocnkit.certificate.RegisterEntry;
import org.ocnkit.certificate.VerificationResult;
import org.ocnkit.evidence.EvidenceFilter;
import org.ocnkit.evidence.EvidenceItem;
import org.ocnkit.evidence.EvidenceSignOff;
import org.ocnkit.evidence.Judgement;
import org.ocnkit.evidence.NewEvidence;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.BornAbroad;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.Gender;
import org.ocnkit.learner.NewApprentice;
import org.ocnkit.learner.NewEnrolment;
import org.ocnkit.learner.NewPlacement;
import org.ocnkit.learner.NewSupervisor;
import org.ocnkit.moderation.NewOutcome;
import org.ocnkit.moderation.PlanRequest;
import org.ocnkit.moderation.Verdict;
import org.ocnkit.panel.Ballot;
import org.ocnkit.panel.Panel;
import org.ocnkit.panel.Sector;
import org.ocnkit.panel.VoteChoice;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.Arena;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitRef;

/**
 * Runs the README's "Using ocnkit as a library" example, the same code, end to end on a new SQLite
 * workspace with the system clock: a real sample unit, a real panel decision, real evidence and
 * moderation, a signed certificate parsed back and verified.
 */
class LibraryExampleTest {
  private static final String BEGIN = "// README:begin";
  private static final String END = "// README:end";

  @TempDir Path tmp;

  // README:begin
  static VerificationResult certifyOneUnit(Path dir, Path courseUnits, char[] keyPassword) {
    try (Ocnkit ocn = Ocnkit.create(dir, "Norrbacka kommun, Arbetsmarknadsenheten")) {
      return certifyOneUnit(ocn, courseUnits, keyPassword);
    }
  }

  static VerificationResult certifyOneUnit(Ocnkit ocn, Path courseUnits, char[] keyPassword) {
    String me = "koordinator"; // the actor every change is recorded under
    // 1. A course unit, imported as a draft and approved by a quorate panel.
    UnitRef unit = ocn.units().importUnits(me, courseUnits.resolve("al-komm-01.xml")).get(0).ref();
    UnitRef.Query thisVersion = new UnitRef.Query(unit.code(), Optional.of(unit.version()));
    Panel panel = ocn.panel();
    panel.addMember(me, "Birgitta Sandström", "Norrbacka kommun", Sector.COMMUNITY, true);
    panel.addMember(me, "Johan Lindberg", "Norrbacka Mekaniska AB", Sector.WORKING_LIFE, false);
    panel.addMember(me, "Lars-Erik Nyström", "Norrbacka folkhögskola", Sector.EDUCATION, false);
    List<String> members = List.of("Birgitta Sandström", "Johan Lindberg", "Lars-Erik Nyström");
    panel.submit(me, thisVersion);
    long meeting = panel.openMeeting(me, Optional.empty(), members, Optional.empty()).id();
    panel.vote(me, meeting, unit, members, Ballot.of(VoteChoice.APPROVE));
    panel.decide(me, meeting, unit);

    // 2. An apprentice, a placement with its supervisor, a qualified assessor, an enrolment.
    LocalDate today = ocn.today();
    Apprentice amina =
        ocn.apprentices()
            .add(
                me,
                new NewApprentice(
                    "Amina",
                    "Hassan",
                    LocalDate.of(1998, 4, 12),
                    Gender.WOMAN,
                    BornAbroad.YES,
                    "Lärlingsprogrammet",
                    today,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));
    ocn.placements()
        .add(
            me,
            new NewPlacement(
                Code.parse("ica"),
                "ICA Nära Björkdalen",
                "Björkdalens Livs AB",
                Arena.ARBETSLIV,
                List.of(NewSupervisor.parse("lena-ek=Lena Ek"))));
    Code karin = Code.parse("karin-lund");
    ocn.assessors().add(me, karin, "Karin Lund", true);
    Enrolment enrolment =
        ocn.enrolments()
            .enrol(me, new NewEnrolment(amina.id(), thisVersion, Code.parse("ica"), karin));

    // 3. Evidence from the supervisor covering every criterion, judged by the assessor,
    //    and the unit signed off as achieved.
    CourseUnit content = ocn.units().find(thisVersion).orElseThrow().unit();
    ocn.evidence()
        .add(
            me,
            NewEvidence.builder()
                .enrolment(enrolment.id())
                .date(today)
                .method(AssessmentMethod.OBSERVATION)
                .description(
                    "Lena observed Amina follow instructions and talk with the team all week.")
                .criteria(content.criteria().stream().map(AssessmentCriterion::id).toList())
                .claim(Judgement.MET)
                .recordedBy(Code.parse("lena-ek"))
                .build());
    ocn.evidence()
        .signOff(
            me,
            new EvidenceSignOff(
                List.of(), Optional.of(enrolment.id()), karin, Set.of(), Set.of(), true));
    ocn.evidence().signOffUnit(me, enrolment.id(), karin);

    // 4. Internal moderation: a plan samples the sign-off, another assessor confirms it.
    Code maria = Code.parse("maria-sjoberg");
    ocn.assessors().add(me, maria, "Maria Sjöberg", true);
    ocn.moderation().addModerator(me, maria);
    ocn.moderation().plan(me, PlanRequest.defaults());
    ocn.moderation()
        .record(
            me,
            new NewOutcome(
                enrolment.id(), maria, Verdict.CONFIRM, "The evidence shows every criterion."));

    // 5. The issuer's keys, the signed certificate, and its verification.
    ocn.certificates().createKeys(me, keyPassword);
    IssuedCertificate certificate = ocn.certificates().issue(me, amina.id(), keyPassword).get(0);
    return ocn.certificates().verify(certificate.file());
  }

  // README:end

  @Test
  void theReadmeExampleIssuesACertificateThatVerifies() {
    Path dir = tmp.resolve("programme");
    VerificationResult result =
        certifyOneUnit(dir, root().resolve("course-units"), "a-test-password-0123".toCharArray());

    assertThat(result.verdict()).as(result.toString()).isEqualTo(VerificationResult.Verdict.VALID);
    assertThat(result.checks()).allSatisfy(c -> assertThat(c.passed()).as(c.toString()).isTrue());

    // Opened again: the register, the evidence and the history are what the example made.
    try (Ocnkit ocn = Ocnkit.open(dir)) {
      List<RegisterEntry> register = ocn.certificates().list();
      assertThat(register)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.status()).isEqualTo(RegisterEntry.Status.VALID);
                assertThat(result.record())
                    .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(e.code()));
              });
      Apprentice amina = ocn.apprentices().list().get(0);
      assertThat(amina.firstName()).contains("Amina");
      List<EvidenceItem> evidence = ocn.evidence().list(EvidenceFilter.all());
      assertThat(evidence)
          .singleElement()
          .satisfies(
              item -> {
                assertThat(item.signedOff()).isTrue();
                assertThat(item.current()).isTrue();
              });
      assertThat(ocn.evidence().achievements(amina.id()))
          .singleElement()
          .satisfies(a -> assertThat(a.unit()).isEqualTo(UnitRef.of("AL-KOMM-01", 1)));
      assertThat(ocn.moderation().readiness(amina.id()))
          .singleElement()
          .satisfies(r -> assertThat(r.ready()).isTrue());
      assertThat(ocn.audit().verify().intact()).isTrue();
      assertThat(ocn.audit().log(AuditQuery.ALL))
          .extracting(e -> e.actor())
          .contains("koordinator");

      // Nothing is ready any more: a second issue is refused with the reason, in both languages.
      assertThatThrownBy(
              () ->
                  ocn.certificates()
                      .issue("koordinator", amina.id(), "a-test-password-0123".toCharArray()))
          .isInstanceOfSatisfying(
              RefusedException.class,
              e -> {
                assertThat(e.describe(Locale.ROOT)).contains("AL-KOMM-01@1");
                assertThat(e.describe(Message.SWEDISH)).isNotEqualTo(e.describe(Locale.ROOT));
              });
      // A revoked certificate no longer verifies.
      RegisterEntry entry = register.get(0);
      ocn.certificates().revoke("koordinator", entry.code(), "issued in a test");
      Path pdf = ocn.workspace().outDir().resolve("certificates").resolve(entry.code() + ".pdf");
      assertThat(ocn.certificates().verify(pdf).verdict())
          .isNotEqualTo(VerificationResult.Verdict.VALID);
    }
  }

  @OnEveryEngine
  void theExampleRunsOnEveryEngine(Engine engine) {
    try (Ocnkit ocn =
        Ocnkit.of(TestWorkspaces.create(engine, tmp.resolve("ws-" + engine), Clock.systemUTC()))) {
      VerificationResult result =
          certifyOneUnit(ocn, root().resolve("course-units"), "a-test-password-0123".toCharArray());
      assertThat(result.verdict())
          .as(result.toString())
          .isEqualTo(VerificationResult.Verdict.VALID);
      assertThat(ocn.certificates().list())
          .singleElement()
          .satisfies(e -> assertThat(e.status()).isEqualTo(RegisterEntry.Status.VALID));
      assertThat(ocn.workspace().usesPostgres()).isEqualTo(engine == Engine.POSTGRESQL);
    }
  }

  @Test
  void failuresAreOnlyTheOcnkitFamilyWithBilingualMessages() {
    assertThatThrownBy(() -> Ocnkit.open(tmp.resolve("nothing-here")))
        .isInstanceOf(EnvironmentException.class);
    try (Ocnkit ocn = Ocnkit.create(tmp.resolve("ws"), "Testkommunen")) {
      assertThatThrownBy(
              () -> ocn.units().importUnits("koordinator", tmp.resolve("no-such-unit.xml")))
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(
              () ->
                  ocn.certificates()
                      .issue(
                          "koordinator",
                          org.ocnkit.learner.ApprenticeId.parse("A1"),
                          "x".toCharArray()))
          .isInstanceOfSatisfying(
              EnvironmentException.class,
              e -> assertThat(e.describe(Message.SWEDISH)).isNotEqualTo(e.describe(Locale.ROOT)));
      assertThatThrownBy(
              () -> ocn.certificates().createKeys("koordinator", "lösenord".toCharArray()))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.describe(Message.SWEDISH)).contains("ASCII"));
      assertThatThrownBy(() -> ocn.audit().backup(tmp.resolve("no-folder").resolve("b.db")))
          .isInstanceOf(InvalidInputException.class);
    }
    // A file-system failure reaches the caller as an EnvironmentException naming the file.
    EnvironmentException e =
        org.ocnkit.store.FileWork.failure(
            Path.of("out/x.pdf"), new IOException("No space left on device"));
    assertThat(e.describe(Locale.ROOT))
        .contains("out/x.pdf", "No space left on device", "disk is not full");
    assertThat(e.describe(Message.SWEDISH)).contains("out/x.pdf", "disken");
  }

  @Test
  void theReadmeShowsTheSameCodeAsThisTest() throws IOException {
    List<String> tested =
        between(
            Files.readAllLines(
                root().resolve("core/src/test/java/org/ocnkit/api/LibraryExampleTest.java")),
            BEGIN,
            END);
    List<String> readme = readmeExample(Files.readAllLines(root().resolve("README.md")));
    assertThat(tested).hasSizeGreaterThan(40);
    assertThat(readme)
        .as("README.md, the java block after the LibraryExampleTest marker")
        .containsExactlyElementsOf(tested);
  }

  /** The lines strictly between the markers, without indentation. */
  private static List<String> between(List<String> lines, String begin, String end) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.strip().equals(end)) {
        break;
      }
      if (in) {
        out.add(line.strip());
      }
      if (line.strip().equals(begin)) {
        in = true;
      }
    }
    return out;
  }

  private static List<String> readmeExample(List<String> lines) {
    int marker = lines.indexOf("<!-- LibraryExampleTest: the code below is run by that test -->");
    assertThat(marker).as("the README's marker before the example").isNotNegative();
    List<String> rest = lines.subList(marker + 1, lines.size());
    return between(rest, "```java", "```");
  }

  /** The repository root: Maven runs core's tests in {@code core/}. */
  private static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("course-units/schema"))
          && Files.isRegularFile(p.resolve("README.md"))) {
        return p;
      }
    }
    throw new IllegalStateException("run the tests inside the ocnkit repository");
  }
}

package org.ocnkit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.CertificateIssuer;
import org.ocnkit.certificate.CertificateRequest;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.IssueProgress;
import org.ocnkit.certificate.IssuedCertificate;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.certificate.QualificationCertification;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.evidence.EvidenceItem;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.evidence.EvidenceService;
import org.ocnkit.evidence.EvidenceSignOff;
import org.ocnkit.evidence.Judgement;
import org.ocnkit.evidence.NewEvidence;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.ApprenticeService;
import org.ocnkit.learner.BornAbroad;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentService;
import org.ocnkit.learner.Gender;
import org.ocnkit.learner.NewApprentice;
import org.ocnkit.learner.NewEnrolment;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.learner.testing.TestApprovals;
import org.ocnkit.panel.Ballot;
import org.ocnkit.panel.Meeting;
import org.ocnkit.panel.Panel;
import org.ocnkit.panel.PanelSettings;
import org.ocnkit.panel.QualificationPanel;
import org.ocnkit.panel.VoteChoice;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.qualification.catalog.QualificationCatalog;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.Arena;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitRef;

/**
 * A programme year for report tests, built through the public APIs as a coordinator's commands
 * would, with the raw facts kept beside it so that tests compute every indicator on their own.
 *
 * <p>About 90 apprentices of every gender, born abroad yes/no/unknown, disability recorded for
 * some, ages at the start around every band edge (and a dozen who have a birthday that crosses a
 * band edge during the programme), starts from autumn 2025 to December 2026, ends before, inside
 * and after 2026 or not recorded; units achieved in and out of 2026 on two units (3 and 5 credits);
 * certificates issued in and out of 2026 with every form of register reference, one revoked; two
 * qualifications ({@link #BASIC} on the small unit, {@link #CARE} on both) approved by the panel,
 * and a few qualification certificates issued through the real pipeline in December 2026 and
 * February 2027, one of them (with any other resting on the same unit certificate) flagged for
 * review by revoking its unit certificate; outcomes at exit and the follow-up points with one
 * correction; three apprentices erased. The report is made on {@link #REPORT_TIME} for 2026.
 */
final class ReportFixture {
  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 12, 31);
  static final Instant REPORT_TIME = Instant.parse("2027-03-15T09:00:00Z");
  static final LocalDate REPORT_DATE = LocalDate.of(2027, 3, 15);
  static final List<String> POINTS = List.of("exit", "28d", "90d", "6m");

  /** A qualification of the small unit alone. */
  static final QualificationRef BASIC = QualificationRef.of("KVAL-TEST-BAS", 1);

  /** A qualification of both units. */
  static final QualificationRef CARE = QualificationRef.of("KVAL-TEST-VARD", 1);

  /** Qualification certificates issued in December 2026 (in the period) and February 2027. */
  private static final int QUALIFICATIONS_2026 = 4;

  private static final int QUALIFICATIONS_2027 = 1;

  private static final String[] FIRST = {
    "Amina", "Johan", "Sara", "Ahmad", "Elin", "Mehmet", "Noa", "Fatima", "Tiina", "Daniel", "Lina",
    "Omar", "Karin", "Yusuf", "Maja"
  };
  private static final String[] LAST = {
    "Hassan",
    "Lindqvist",
    "Nilsson",
    "Karimi",
    "Berg",
    "Yilmaz",
    "Sundberg",
    "Ali",
    "Korhonen",
    "Öhman"
  };

  /** What the test knows about one apprentice, independently of the reports. */
  static final class Person {
    ApprenticeId id;
    String first;
    String last;
    Gender gender;
    BornAbroad abroad;
    LocalDate birth;
    LocalDate start;
    Optional<LocalDate> end;
    Optional<Boolean> disability;
    boolean erased;
    final List<Achieved> units = new ArrayList<>();
    final List<Held> certificates = new ArrayList<>();
    final List<Gained> qualifications = new ArrayList<>();
    final Map<String, OutcomeStatus> outcomes = new LinkedHashMap<>();

    /** Whole years at the start date. */
    int ageAtEntry() {
      return Period.between(birth, start).getYears();
    }
  }

  record Achieved(UnitRef unit, Enrolment enrolment, LocalDate on, int credits) {}

  record Held(String code, LocalDate issued, boolean valid) {}

  /**
   * A qualification certificate: the qualification's code, the certificate's code, the unit
   * certificates it rests on, and whether it is valid (not flagged for review).
   */
  record Gained(
      String qualification, String code, LocalDate issued, Set<String> restsOn, boolean valid) {}

  final Workspace ws;
  final TestClock clock;
  final List<Person> people = new ArrayList<>();
  final UnitRef small;
  final UnitRef large;
  final Map<UnitRef, CourseUnit> units = new LinkedHashMap<>();

  /** The code of the qualification certificate flagged for review. */
  String flagged;

  private final Random random = new Random(20260901);
  private final Path dir;
  private IssuingKeys keys;

  private ReportFixture(Workspace ws, TestClock clock, UnitRef small, UnitRef large, Path dir) {
    this.ws = ws;
    this.clock = clock;
    this.small = small;
    this.large = large;
    this.dir = dir;
  }

  /** The whole programme year in a new workspace in {@code dir}. */
  static ReportFixture build(Engine engine, Path dir) {
    TestClock clock = new TestClock();
    Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock);
    CourseUnit small = LearnerFixtures.unit("HS-TEST-01", 1);
    CourseUnit large = largeUnit();
    LearnerFixtures.importUnit(ws, dir.resolve("units"), small);
    LearnerFixtures.importUnit(ws, dir.resolve("units"), large);
    TestApprovals.approve(ws.store(), small.ref());
    TestApprovals.approve(ws.store(), large.ref());
    LearnerFixtures.placementAndAssessor(ws);
    ReportFixture f = new ReportFixture(ws, clock, small.ref(), large.ref(), dir);
    f.units.put(small.ref(), small);
    f.units.put(large.ref(), large);
    f.populate();
    return f;
  }

  /** A five-credit unit in the care arena with criteria 1.1, 1.2, 2.1. */
  static CourseUnit largeUnit() {
    return CourseUnit.builder()
        .code("VO-TEST-02")
        .version(1)
        .titleSv("Hygien i vård och omsorg")
        .titleEn("Hygiene in care")
        .arena(Arena.VARD_OMSORG)
        .level(3)
        .notionalHours(50)
        .purpose("Deltagaren lär sig att arbeta hygieniskt.")
        .outcome(
            "Deltagaren ska kunna följa basala hygienrutiner.",
            "Deltagaren kan tvätta och sprita händerna rätt.",
            "Deltagaren kan använda skyddsförkläde.")
        .outcome(
            "Deltagaren ska kunna hantera smutstvätt.",
            "Deltagaren kan sortera smutstvätt enligt rutinen.")
        .method(AssessmentMethod.OBSERVATION)
        .method(AssessmentMethod.WITNESS_TESTIMONY)
        .evidenceRequirements("Handledaren observerar ett arbetspass.")
        .author("Anna Andersson")
        .build();
  }

  private void populate() {
    clock.set(Instant.parse("2025-08-01T08:00:00Z"));
    keys = SampleRequests.createKeys(ws);
    int n = 0;
    for (int i = 0; i < 90; i++) {
      people.add(add(n++, randomAge(), random.nextInt(365)));
    }
    // Birthdays that cross a band edge during the programme: counted in the band at the start.
    for (int age : new int[] {17, 17, 17, 17, 17, 17, 24, 24, 29, 29, 54, 64}) {
      Person p = add(n++, age, 0);
      p.birth = p.start.minusYears(age + 1).plusDays(1 + random.nextInt(100));
      people.add(p);
    }
    for (Person p : people) {
      p.id =
          new ApprenticeService(ws)
              .add(
                  "coordinator",
                  new NewApprentice(
                      p.first,
                      p.last,
                      p.birth,
                      p.gender,
                      p.abroad,
                      "Lärlingsprogrammet 2026",
                      p.start,
                      p.end,
                      Optional.empty(),
                      p.disability))
              .id();
    }
    enrolAndAchieve();
    clock.set(REPORT_TIME);
    recordOutcomes();
    for (Person p : List.of(people.get(3), people.get(10), people.get(95))) {
      ws.store().write("coordinator", tx -> EvidenceRecords.eraseApprentice(tx, p.id));
      p.erased = true;
      p.disability = Optional.empty();
    }
  }

  private int randomAge() {
    int[] ages = {
      15, 16, 16, 17, 17, 18, 18, 19, 20, 21, 22, 23, 24, 24, 25, 25, 26, 27, 28, 29, 29, 30, 30,
      31, 33, 35, 38, 40, 42, 45, 48, 50, 53, 54, 54, 55, 55, 57, 59, 61, 63, 64, 64, 65, 66, 70
    };
    return ages[random.nextInt(ages.length)];
  }

  private Person add(int n, int age, int daysPastBirthday) {
    Person p = new Person();
    p.first = FIRST[n % FIRST.length];
    p.last =
        LAST[(n / FIRST.length) % LAST.length] + (n >= FIRST.length * LAST.length ? "-Ek" : "");
    int g = random.nextInt(10);
    p.gender =
        g < 4 ? Gender.WOMAN : g < 8 ? Gender.MAN : g < 9 ? Gender.NON_BINARY : Gender.NOT_STATED;
    int b = random.nextInt(10);
    p.abroad = b < 4 ? BornAbroad.YES : b < 9 ? BornAbroad.NO : BornAbroad.UNKNOWN;
    p.start = LocalDate.of(2025, 9, 1).plusDays(random.nextInt(487));
    p.birth = p.start.minusYears(age).minusDays(daysPastBirthday);
    int e = random.nextInt(20);
    p.end =
        e < 15
            ? Optional.of(p.start.plusDays(60 + random.nextInt(360)))
            : e < 17 ? Optional.of(LocalDate.of(2027, 6, 30)) : Optional.empty();
    int d = random.nextInt(10);
    p.disability = d < 3 ? Optional.of(true) : d < 7 ? Optional.of(false) : Optional.empty();
    return p;
  }

  /** Enrolments, evidence, achievements and certificates, in the order of their dates. */
  private void enrolAndAchieve() {
    record Step(LocalDate on, Runnable action) {}
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      List<UnitRef> refs = new ArrayList<>();
      if (i % 3 != 2) {
        refs.add(small);
      }
      if (i % 4 == 0) {
        refs.add(large);
      }
      for (UnitRef ref : refs) {
        Enrolment e =
            new EnrolmentService(ws)
                .enrol(
                    "coordinator",
                    new NewEnrolment(
                        p.id,
                        new UnitRef.Query(ref.code(), Optional.of(ref.version())),
                        LearnerFixtures.PLACEMENT,
                        LearnerFixtures.ASSESSOR));
        int fate = random.nextInt(10);
        if (fate < 6) {
          LocalDate on = achievementDate(p);
          steps.add(new Step(on, () -> achieve(p, e, ref, on)));
        } else if (fate < 8) {
          LocalDate drawn = LocalDate.of(2026, 10, 1).plusDays(random.nextInt(60));
          // Evidence is never dated before the apprentice's start (EvidenceDates).
          LocalDate on = drawn.isBefore(p.start) ? p.start : drawn;
          steps.add(new Step(on, () -> partial(e, ref, on)));
        }
      }
    }
    for (LocalDate batch :
        List.of(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 20))) {
      steps.add(new Step(batch, () -> certify(batch)));
    }
    steps.add(new Step(LocalDate.of(2026, 6, 16), this::approveQualifications));
    steps.add(
        new Step(
            LocalDate.of(2026, 12, 2),
            () -> awardQualifications(LocalDate.of(2026, 12, 2), QUALIFICATIONS_2026)));
    steps.add(new Step(LocalDate.of(2026, 12, 3), this::flagOneForReview));
    steps.add(
        new Step(
            LocalDate.of(2027, 2, 21),
            () -> awardQualifications(LocalDate.of(2027, 2, 21), QUALIFICATIONS_2027)));
    steps.sort(Comparator.comparing(Step::on));
    for (Step s : steps) {
      clock.set(s.on().atTime(9, 0).toInstant(ZoneOffset.UTC));
      s.action().run();
    }
  }

  private LocalDate achievementDate(Person p) {
    int when = random.nextInt(10);
    LocalDate on =
        when < 2
            ? LocalDate.of(2025, 12, 10).plusDays(random.nextInt(15))
            : when < 9
                ? LocalDate.of(2026, 1, 10).plusDays(random.nextInt(350))
                : LocalDate.of(2027, 1, 5).plusDays(random.nextInt(60));
    return on.isBefore(p.start) ? p.start.plusDays(20) : on;
  }

  private void achieve(Person p, Enrolment e, UnitRef ref, LocalDate on) {
    CourseUnit unit = units.get(ref);
    EvidenceItem item =
        new EvidenceService(ws)
            .add(
                "coordinator",
                NewEvidence.builder()
                    .enrolment(e.id())
                    .date(on)
                    .method(AssessmentMethod.OBSERVATION)
                    .description("Handledaren såg hela arbetsmomentet under en vanlig dag.")
                    .criteria(unit.criteria().stream().map(AssessmentCriterion::id).toList())
                    .claim(Judgement.MET)
                    .recordedBy(LearnerFixtures.SUPERVISOR)
                    .build());
    new EvidenceService(ws)
        .signOff(
            "karin",
            new EvidenceSignOff(
                List.of(item.id()),
                Optional.empty(),
                LearnerFixtures.ASSESSOR,
                Set.of(),
                Set.of(),
                true));
    new EvidenceService(ws).signOffUnit("karin", e.id(), LearnerFixtures.ASSESSOR);
    p.units.add(new Achieved(ref, e, on, unit.credits()));
  }

  /** Some criteria claimed (awaiting the assessor), one judged not yet, the rest untouched. */
  private void partial(Enrolment e, UnitRef ref, LocalDate on) {
    CourseUnit unit = units.get(ref);
    List<AssessmentCriterion> criteria = unit.criteria();
    new EvidenceService(ws)
        .add(
            "coordinator",
            NewEvidence.builder()
                .enrolment(e.id())
                .date(on)
                .method(AssessmentMethod.WITNESS_TESTIMONY)
                .description("Handledaren berättar.")
                .criterion(criteria.get(0).id())
                .claim(Judgement.MET)
                .recordedBy(LearnerFixtures.SUPERVISOR)
                .build());
    EvidenceItem judged =
        new EvidenceService(ws)
            .add(
                "coordinator",
                NewEvidence.builder()
                    .enrolment(e.id())
                    .date(on)
                    .method(AssessmentMethod.OBSERVATION)
                    .description("Första försöket.")
                    .criterion(criteria.get(1).id())
                    .recordedBy(LearnerFixtures.SUPERVISOR)
                    .build());
    new EvidenceService(ws)
        .signOff(
            "karin",
            new EvidenceSignOff(
                List.of(judged.id()),
                Optional.empty(),
                LearnerFixtures.ASSESSOR,
                Set.of(),
                Set.of(criteria.get(1).id()),
                false));
  }

  /**
   * Issues certificates, on {@code on}, to most apprentices with units achieved and not yet
   * certified, recording the references in every accepted form; revokes one of them.
   */
  private void certify(LocalDate on) {
    List<CertificateRequest> requests = new ArrayList<>();
    List<Person> holders = new ArrayList<>();
    int form = 0;
    for (Person p : people) {
      List<Achieved> open =
          p.units.stream()
              .filter(u -> !u.on().isAfter(on))
              .filter(u -> p.certificates.isEmpty())
              .toList();
      if (open.isEmpty() || random.nextInt(10) >= 7) {
        continue;
      }
      CertificateRequest.Builder b =
          CertificateRequest.builder()
              .holder(p.first + " " + p.last, p.birth)
              .programme("Lärlingsprogrammet 2026");
      for (Achieved a : open) {
        CourseUnit u = units.get(a.unit());
        b.unit(
            new AchievedUnit(
                u.ref(),
                u.hash(),
                u.titleSv(),
                u.titleEn(),
                u.level(),
                u.credits(),
                a.on(),
                "PANEL-1"));
      }
      switch (form++ % 4) {
        case 0 -> {
          b.reference("apprentice", p.id.toString());
          open.forEach(a -> b.reference("enrolment", a.enrolment().id().toString()));
        }
        case 1 -> {
          b.reference("apprentice", Long.toString(p.id.value()));
          open.forEach(a -> b.reference("enrolment", Long.toString(a.enrolment().id().value())));
        }
        case 2 -> open.forEach(a -> b.reference("enrolment", a.enrolment().id().toString()));
        default -> b.reference("apprentice", p.id.toString());
      }
      requests.add(b.build());
      holders.add(p);
    }
    if (requests.isEmpty()) {
      return;
    }
    List<IssuedCertificate> issued =
        CertificateIssuer.of(ws, keys).issue("coordinator", requests).certificates();
    for (int i = 0; i < issued.size(); i++) {
      boolean revoke = i == 1 && on.getYear() == 2026 && on.getMonthValue() == 6;
      if (revoke) {
        new CertificateService(ws)
            .revoke("coordinator", issued.get(i).code(), "Utfärdat med fel program.");
      }
      holders.get(i).certificates.add(new Held(issued.get(i).code().value(), on, !revoke));
    }
  }

  /** Imports {@link #BASIC} and {@link #CARE} and has the panel approve them. */
  private void approveQualifications() {
    Path folder = dir.resolve("qualifications");
    try {
      Files.createDirectories(folder);
      Files.writeString(
          folder.resolve("kval-test-bas.xml"),
          qualificationXml(
              BASIC,
              "Grundläggande kundservice",
              "Basic customer service",
              2,
              3,
              small.code().value()));
      Files.writeString(
          folder.resolve("kval-test-vard.xml"),
          qualificationXml(
              CARE,
              "Service och hygien i vården",
              "Service and hygiene in care",
              3,
              8,
              small.code().value(),
              large.code().value()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    QualificationCatalog.importQualifications(ws.store(), "coordinator", folder, List.of(folder));
    QualificationPanel panel =
        new QualificationPanel(ws.store(), PanelSettings.DEFAULTS, "Testkommunen");
    List<String> members = List.of("Anna Arbetsliv", "Erik Utbildning", "Sofia Samhälle");
    Meeting meeting =
        new Panel(ws.store(), PanelSettings.DEFAULTS, "Testkommunen")
            .openMeeting("panel-test", Optional.empty(), members, Optional.empty());
    for (QualificationRef ref : List.of(BASIC, CARE)) {
      panel.submit("panel-test", QualificationRef.parse(ref.toString()));
      panel.vote("panel-test", meeting.id(), ref, members, Ballot.of(VoteChoice.APPROVE));
      panel.decide("panel-test", meeting.id(), ref);
    }
  }

  private static String qualificationXml(
      QualificationRef ref,
      String titleSv,
      String titleEn,
      int level,
      int credits,
      String... units) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<qualification xmlns=\"https://ocnkit.org/ns/qualification/1\" code=\""
                + ref.code().value()
                + "\" version=\""
                + ref.version()
                + "\">\n"
                + "  <title lang=\"sv\">"
                + titleSv
                + "</title>\n"
                + "  <title lang=\"en\">"
                + titleEn
                + "</title>\n"
                + "  <level>"
                + level
                + "</level>\n"
                + "  <purpose>Ett utbildningsbevis för rapporttesterna.</purpose>\n  <units>\n");
    for (String unit : units) {
      xml.append("    <unit code=\"").append(unit).append("\" versions=\"1-\"/>\n");
    }
    xml.append("  </units>\n  <rules>\n    <totalCredits>")
        .append(credits)
        .append("</totalCredits>\n    <mandatory>\n");
    for (String unit : units) {
      xml.append("      <unit code=\"").append(unit).append("\"/>\n");
    }
    xml.append(
        "    </mandatory>\n  </rules>\n  <author>Anna Andersson</author>\n" + "</qualification>\n");
    return xml.toString();
  }

  /**
   * Issues up to {@code limit} qualification certificates, on {@code on}, as {@code ocn certificate
   * issue --apprentice A --qualification CODE} does: to the apprentices (in order) whose certified
   * units meet a qualification they do not hold yet.
   */
  private void awardQualifications(LocalDate on, int limit) {
    int issued = 0;
    for (Person p : people) {
      if (issued == limit) {
        return;
      }
      List<QualificationCertification.Offer> offers =
          new org.ocnkit.certificate.CertificateService(ws).offers(p.id);
      for (QualificationCertification.Offer offer : offers) {
        if (issued == limit) {
          return;
        }
        CertificateService certificates = new CertificateService(ws);
        IssuedCertificate c =
            certificates
                .issueQualification(
                    "coordinator",
                    p.id,
                    QualificationRef.parse(offer.qualification().toString()),
                    keys,
                    certificates.issueOptions(),
                    IssueProgress.NONE)
                .certificates()
                .get(0);
        Set<String> restsOn = new java.util.TreeSet<>();
        c.record()
            .qualification()
            .orElseThrow()
            .unitCertificates()
            .values()
            .forEach(u -> restsOn.add(u.value()));
        p.qualifications.add(
            new Gained(offer.qualification().code().value(), c.code().value(), on, restsOn, true));
        issued++;
      }
    }
  }

  /**
   * Revokes the unit certificate the last qualification certificate of 2026 rests on: that one, and
   * any other resting on the same unit certificate, is flagged for review.
   */
  private void flagOneForReview() {
    Person holder =
        people.stream()
            .filter(p -> !p.qualifications.isEmpty())
            .reduce((first, second) -> second)
            .orElseThrow();
    Gained last = holder.qualifications.get(holder.qualifications.size() - 1);
    String cause = last.restsOn().iterator().next();
    new CertificateService(ws)
        .revoke("coordinator", new CertificateCode(cause), "Intyget avsåg fel deltagare.");
    flagged = last.code();
    for (Person p : people) {
      p.certificates.replaceAll(
          h -> h.code().equals(cause) ? new Held(h.code(), h.issued(), false) : h);
      p.qualifications.replaceAll(
          g ->
              g.restsOn().contains(cause)
                  ? new Gained(g.qualification(), g.code(), g.issued(), g.restsOn(), false)
                  : g);
    }
  }

  /** Outcomes of everyone whose end date has passed, at the points due; one corrected. */
  private void recordOutcomes() {
    OutcomeStatus[] statuses = OutcomeStatus.values();
    boolean corrected = false;
    for (Person p : people) {
      if (p.end.isEmpty() || p.end.get().isAfter(REPORT_DATE)) {
        continue;
      }
      LocalDate end = p.end.get();
      List<LocalDate> due =
          List.of(
              end.plusDays(random.nextInt(10)),
              end.plusDays(28 + random.nextInt(5)),
              end.plusDays(90 + random.nextInt(5)),
              end.plusMonths(6).plusDays(random.nextInt(5)));
      for (int k = 0; k < POINTS.size(); k++) {
        if (due.get(k).isAfter(REPORT_DATE) || random.nextInt(10) >= 8 - k) {
          continue;
        }
        OutcomeStatus status = statuses[random.nextInt(statuses.length)];
        Outcomes.record(
            ws,
            "coordinator",
            new NewOutcome(p.id, POINTS.get(k), status, Optional.of(due.get(k)), Optional.empty()));
        p.outcomes.put(POINTS.get(k), status);
        if (k == 0 && !corrected && p.end.get().getYear() == 2026) {
          OutcomeStatus other =
              status == OutcomeStatus.WORK ? OutcomeStatus.STUDIES : OutcomeStatus.WORK;
          Outcomes.record(
              ws,
              "coordinator",
              new NewOutcome(
                  p.id,
                  "exit",
                  other,
                  Optional.of(due.get(k)),
                  Optional.of("Fel status angavs först.")));
          p.outcomes.put("exit", other);
          corrected = true;
        }
      }
    }
  }

  /** The apprentice as stored (for names and ids). */
  Apprentice stored(Person p) {
    return new ApprenticeService(ws).get(p.id);
  }
}

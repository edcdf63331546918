package org.ocnkit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.api.Ocnkit;
import org.ocnkit.evidence.EvidenceService;
import org.ocnkit.evidence.EvidenceSignOff;
import org.ocnkit.evidence.Judgement;
import org.ocnkit.evidence.NewEvidence;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeService;
import org.ocnkit.learner.AssessorService;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentService;
import org.ocnkit.learner.NewEnrolment;
import org.ocnkit.learner.NewPlacement;
import org.ocnkit.learner.NewSupervisor;
import org.ocnkit.learner.PlacementService;
import org.ocnkit.moderation.ModerationService;
import org.ocnkit.panel.Ballot;
import org.ocnkit.panel.Meeting;
import org.ocnkit.panel.Panel;
import org.ocnkit.panel.Sector;
import org.ocnkit.panel.VoteChoice;
import org.ocnkit.store.InitOptions;
import org.ocnkit.store.OpenOptions;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.Arena;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.LearningOutcome;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.UnitService;
import org.ocnkit.unit.catalog.ImportResult;

/**
 * Builds a workspace of {@code N} apprentices ready for moderation, through the library only, the
 * way a programme year fills one: the sample units of {@code course-units/} imported and approved
 * by a panel (members, submission, a meeting, votes, decisions); the apprentices imported from one
 * roster file (one transaction); placements in the four arenas with a supervisor each, and one
 * qualified assessor for about 25 apprentices; every apprentice enrolled on a unit of their
 * placement's arena, with evidence for each learning outcome recorded by the supervisor or the
 * assessor, signed off by the assessor, and the unit signed off as achieved; every third apprentice
 * also enrolled on a working-life unit with one item waiting for the assessor (work in progress);
 * one moderator designated. Each library call is its own transaction, as when typed.
 *
 * <p>The year is played over the 120 days before today with a clock that only moves forward: start
 * about 110 days ago, evidence about 60 days ago, unit sign-offs spread over the 40 to 5 days
 * before today. So {@code ocn moderate plan} run today finds every sign-off waiting.
 *
 * <p>Names are fictional, Swedish and international, drawn from fixed lists; placements are in
 * fictional towns.
 *
 * <p>Run: {@code java -cp 'bench/target/ocnkit-bench.jar:bench/target/lib/*'
 * org.ocnkit.bench.WorkspaceGenerator DIR [COUNT]} (default 200) from the source tree (it reads
 * {@code course-units/}; elsewhere set {@code -Docnkit.root=DIR}). DIR must not exist or be empty.
 */
public final class WorkspaceGenerator {
  static final String ACTOR = "generator";
  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private static final String[] FIRST = {
    "Amina",
    "Johan",
    "Sara",
    "Ahmad",
    "Elin",
    "Fatima",
    "Mehmet",
    "Linnea",
    "Oskar",
    "Hanna",
    "Yusuf",
    "Emma",
    "Ali",
    "Maja",
    "Erik",
    "Noor",
    "Karl",
    "Alva",
    "Omar",
    "Ebba",
    "Anders",
    "Leila",
    "Mikael",
    "Ida",
    "Hassan",
    "Wilma",
    "Per",
    "Sofia",
    "Abdi",
    "Klara",
    "Lars",
    "Zainab",
    "Nils",
    "Astrid",
    "Daniel",
    "Hodan",
    "Viktor",
    "Elsa",
    "Tesfay",
    "Agnes",
    "Jonas",
    "Mariam",
    "Gustav",
    "Saga",
    "Ibrahim",
    "Freja",
    "Björn",
    "Selma",
    "Reza",
    "Tove",
    "Åsa",
    "Örjan",
    "Ängla",
    "Łukasz",
    "Thi Hương"
  };
  private static final String[] LAST = {
    "Hassan",
    "Lindqvist",
    "Nilsson",
    "Karimi",
    "Johansson",
    "Ali",
    "Yilmaz",
    "Andersson",
    "Berg",
    "Ek",
    "Mohammed",
    "Karlsson",
    "Persson",
    "Ahmadi",
    "Svensson",
    "Gustafsson",
    "Olsson",
    "Abdullahi",
    "Larsson",
    "Nguyen",
    "Pettersson",
    "Jönsson",
    "Hussein",
    "Lund",
    "Holm",
    "Sandberg",
    "Forsberg",
    "Demir",
    "Sjöberg",
    "Lindberg",
    "Strand",
    "Öberg",
    "Bergqvist",
    "Haddad",
    "Nyström",
    "Axelsson",
    "Wikström",
    "Mahmoud",
    "Engström",
    "Lundgren",
    "Tekle",
    "Sundberg",
    "Åberg",
    "Ängström",
    "Żółkiewski"
  };
  private static final String[] TOWNS = {
    "Norrbacka",
    "Sjövik",
    "Brofors",
    "Björkdalen",
    "Lindås",
    "Ekeby",
    "Hagaby",
    "Åsen",
    "Strömsnäs",
    "Mossberga",
    "Västerdala",
    "Granhult"
  };
  private static final Map<Arena, String[][]> WORKPLACES = new EnumMap<>(Arena.class);

  static {
    WORKPLACES.put(
        Arena.HANDEL_SERVICE,
        new String[][] {
          {"ICA Nära %s", "%s Livs AB"},
          {"Coop %s", "Konsum %s ekonomisk förening"},
          {"Järnhandeln i %s", "%s Järn & Färg AB"}
        });
    WORKPLACES.put(
        Arena.VARD_OMSORG,
        new String[][] {
          {"%ss äldreboende", "%s kommun, vård- och omsorgsförvaltningen"},
          {"Hemtjänsten %s", "%s kommun, vård- och omsorgsförvaltningen"}
        });
    WORKPLACES.put(
        Arena.INDUSTRI_HANTVERK,
        new String[][] {
          {"Snickeriet i %s", "%s Snickeri AB"}, {"%s Mekaniska", "%s Mekaniska AB"}
        });
    WORKPLACES.put(
        Arena.GRONA_NARINGAR,
        new String[][] {
          {"Parkavdelningen, %s", "%s kommun, samhällsbyggnadsförvaltningen"},
          {"Handelsträdgården i %s", "%s Trädgård AB"}
        });
  }

  /** What was generated, and how long it took. */
  public record Generated(
      Path dir,
      int apprentices,
      int enrolments,
      int evidenceItems,
      int unitSignOffs,
      Duration took) {}

  private WorkspaceGenerator() {}

  public static void main(String[] args) throws IOException {
    Quiet.libraries();
    if (args.length < 1) {
      System.err.println("usage: WorkspaceGenerator DIR [COUNT]");
      System.exit(2);
    }
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Generated g = generate(Path.of(args[0]), count, courseUnits(), System.err);
    System.out.printf(
        Locale.ROOT,
        "%s: %d apprentices, %d enrolments, %d evidence items, %d"
            + " units signed off, in %.1f s%n",
        g.dir(),
        g.apprentices(),
        g.enrolments(),
        g.evidenceItems(),
        g.unitSignOffs(),
        g.took().toMillis() / 1000.0);
  }

  /** The sample units: {@code course-units/} of the source tree ({@code -Docnkit.root}). */
  static Path courseUnits() {
    Path root = Path.of(System.getProperty("ocnkit.root", ".")).toAbsolutePath().normalize();
    Path units = root.resolve("course-units");
    if (!Files.isDirectory(units)) {
      throw new IllegalStateException(
          "no course-units folder in "
              + root
              + ": run from the source tree or set -Docnkit.root=DIR");
    }
    return units;
  }

  /**
   * Creates a workspace in {@code dir} (absent or empty) with {@code count} apprentices ready for
   * moderation, from the unit files in {@code unitsDir}.
   *
   * @param progress where a progress line goes (rewritten in place), or null for none
   */
  public static Generated generate(Path dir, int count, Path unitsDir, PrintStream progress)
      throws IOException {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(ZONE);
    LocalDate start = today.minusDays(110);
    SteppingClock clock = new SteppingClock(at(today.minusDays(120), 8), ZONE);
    Progress shown = new Progress(progress, count);
    int items = 0;
    int signOffs = 0;
    List<Enrolment> enrolments = new ArrayList<>();
    try (Workspace ws =
        Workspace.init(
            dir,
            InitOptions.defaults().withOrganisation("Norrbacka kommun, Arbetsmarknadsenheten"),
            OpenOptions.system().withClock(clock))) {
      shown.phase("units and panel");
      Map<Arena, List<CourseUnit>> units = approveUnits(ws, unitsDir, clock);

      clock.moveTo(at(start, 8));
      shown.phase("roster");
      Path roster = Files.createTempFile("ocnkit-bench-roster-", ".csv");
      List<Apprentice> apprentices;
      try {
        Files.writeString(roster, roster(count, start), StandardCharsets.UTF_8);
        apprentices =
            new ApprenticeService(ws).importRoster(ACTOR, roster, "deltagarlista.csv").added();
      } finally {
        Files.deleteIfExists(roster);
      }

      clock.moveTo(at(start.plusDays(3), 9));
      int placementCount = Math.max(4, count / 8);
      int assessorCount = Math.max(2, count / 25);
      List<Code> assessors = new ArrayList<>();
      for (int a = 0; a < assessorCount; a++) {
        Code code = new Code(String.format(Locale.ROOT, "bedomare-%03d", a + 1));
        new AssessorService(ws).add(ACTOR, code, person(a * 7 + 3), true);
        assessors.add(code);
      }
      Code moderator = new Code("maria-sjoberg");
      new AssessorService(ws).add(ACTOR, moderator, "Maria Sjöberg", true);
      List<Site> sites = new ArrayList<>();
      Arena[] arenas = {
        Arena.HANDEL_SERVICE, Arena.VARD_OMSORG, Arena.INDUSTRI_HANTVERK, Arena.GRONA_NARINGAR
      };
      for (int p = 0; p < placementCount; p++) {
        Arena arena = arenas[p % arenas.length];
        String[][] kinds = WORKPLACES.get(arena);
        String[] kind = kinds[(p / arenas.length) % kinds.length];
        String town = TOWNS[(p / (arenas.length * kinds.length)) % TOWNS.length];
        Code code = new Code(String.format(Locale.ROOT, "plats-%04d", p + 1));
        Code supervisor = new Code(String.format(Locale.ROOT, "handledare-%04d", p + 1));
        int round = p / (arenas.length * kinds.length * TOWNS.length);
        String suffix = round == 0 ? "" : " " + (round + 1);
        new PlacementService(ws)
            .add(
                ACTOR,
                new NewPlacement(
                    code,
                    String.format(Locale.ROOT, kind[0], town) + suffix,
                    String.format(Locale.ROOT, kind[1], town),
                    arena,
                    List.of(new NewSupervisor(supervisor, person(p * 13 + 5)))));
        sites.add(new Site(code, supervisor, arena, assessors.get(p % assessors.size())));
      }

      // August: everyone enrolled on a unit of their placement's arena; every third apprentice
      // also on a working-life unit.
      clock.moveTo(at(start.plusDays(7), 8));
      shown.phase("enrol");
      List<Enrolment> extra = new ArrayList<>();
      for (int i = 0; i < apprentices.size(); i++) {
        Site site = sites.get(i % sites.size());
        List<CourseUnit> choice = units.get(site.arena());
        CourseUnit unit = choice.get((i / sites.size()) % choice.size());
        enrolments.add(enrol(ws, apprentices.get(i), unit, site));
        if (i % 3 == 2) {
          List<CourseUnit> work = units.get(Arena.ARBETSLIV);
          extra.add(enrol(ws, apprentices.get(i), work.get(i % work.size()), site));
        }
        clock.advance(Duration.ofMillis(200));
        shown.step(i + 1);
      }

      // September to October: evidence for every learning outcome.
      clock.moveTo(at(today.minusDays(60), 8));
      shown.phase("evidence");
      Map<UnitRef, CourseUnit> byRef = new java.util.HashMap<>();
      units.values().forEach(l -> l.forEach(u -> byRef.put(u.ref(), u)));
      for (int i = 0; i < enrolments.size(); i++) {
        Enrolment e = enrolments.get(i);
        Site site = sites.get(i % sites.size());
        CourseUnit unit = byRef.get(e.unit());
        List<LearningOutcome> outcomes = unit.outcomes();
        for (int o = 0; o < outcomes.size(); o++) {
          boolean last = o == outcomes.size() - 1;
          LocalDate date = start.plusDays(14 + (i + o * 11) % 35);
          evidence(
              ws, e, unit, outcomes.get(o), o, date, last ? site.assessor() : site.supervisor());
          items++;
        }
        clock.advance(Duration.ofMillis(200));
        shown.step(i + 1);
      }
      for (int i = 0; i < extra.size(); i++) {
        Enrolment e = extra.get(i);
        CourseUnit unit = byRef.get(e.unit());
        Site site = sites.get((3 * i + 2) % sites.size());
        evidence(
            ws, e, unit, unit.outcomes().get(0), 0, start.plusDays(20 + i % 30), site.supervisor());
        items++;
        clock.advance(Duration.ofMillis(200));
      }

      // The assessors sign the evidence off, then the units, over the last weeks.
      clock.moveTo(at(today.minusDays(45), 8));
      shown.phase("evidence sign-off");
      for (int i = 0; i < enrolments.size(); i++) {
        Enrolment e = enrolments.get(i);
        new EvidenceService(ws)
            .signOff(
                ACTOR,
                new EvidenceSignOff(
                    List.of(), Optional.of(e.id()), e.assessor(), Set.of(), Set.of(), true));
        clock.advance(Duration.ofMillis(200));
        shown.step(i + 1);
      }
      shown.phase("unit sign-off");
      Instant from = at(today.minusDays(40), 8);
      long span = Duration.between(from, at(today.minusDays(5), 8)).toMillis();
      for (int i = 0; i < enrolments.size(); i++) {
        clock.moveTo(from.plusMillis(span * i / enrolments.size()));
        Enrolment e = enrolments.get(i);
        new EvidenceService(ws).signOffUnit(ACTOR, e.id(), e.assessor());
        signOffs++;
        shown.step(i + 1);
      }
      clock.moveTo(at(today.minusDays(4), 9));
      new ModerationService(ws).addModerator(ACTOR, moderator);
      shown.done();
      return new Generated(
          dir,
          apprentices.size(),
          enrolments.size() + extra.size(),
          items,
          signOffs,
          Duration.ofNanos(System.nanoTime() - started));
    }
  }

  /** A placement with its supervisor, its arena and the assessor of its apprentices. */
  private record Site(Code placement, Code supervisor, Arena arena, Code assessor) {}

  /** Imports the units and approves every version through a panel meeting. */
  private static Map<Arena, List<CourseUnit>> approveUnits(
      Workspace ws, Path unitsDir, SteppingClock clock) {
    List<ImportResult> imported = new UnitService(ws).importUnits(ACTOR, List.of(unitsDir));
    Panel panel = Ocnkit.of(ws).panel();
    String[][] members = {
      {"Birgitta Sandström", "Arbetsmarknadsenheten Norrbacka kommun", "community"},
      {"Johan Lindberg", "Norrbacka Mekaniska AB", "working-life"},
      {"Fatima Haddad", "Livs & Hem i Norrbacka AB", "working-life"},
      {"Lars-Erik Nyström", "Norrbacka folkhögskola", "education"},
      {"Ahmed Yusuf", "Föreningen Mötesplats Norrbacka", "community"}
    };
    List<String> names = new ArrayList<>();
    for (String[] m : members) {
      Sector sector =
          m[2].equals("community")
              ? Sector.COMMUNITY
              : m[2].equals("education") ? Sector.EDUCATION : Sector.WORKING_LIFE;
      panel.addMember(ACTOR, m[0], m[1], sector, names.isEmpty());
      names.add(m[0]);
    }
    for (ImportResult r : imported) {
      panel.submit(ACTOR, new UnitRef.Query(r.ref().code(), Optional.of(r.ref().version())));
    }
    clock.advance(Duration.ofDays(5));
    Meeting meeting = panel.openMeeting(ACTOR, Optional.empty(), names, Optional.empty());
    Map<Arena, List<CourseUnit>> byArena = new EnumMap<>(Arena.class);
    for (ImportResult r : imported) {
      panel.vote(ACTOR, meeting.id(), r.ref(), names, Ballot.of(VoteChoice.APPROVE));
      panel.decide(ACTOR, meeting.id(), r.ref());
      CourseUnit unit =
          new UnitService(ws)
              .find(new UnitRef.Query(r.ref().code(), Optional.of(r.ref().version())))
              .orElseThrow()
              .unit();
      byArena.computeIfAbsent(unit.arena(), a -> new ArrayList<>()).add(unit);
    }
    byArena.values().forEach(l -> l.sort(java.util.Comparator.comparing(CourseUnit::ref)));
    return byArena;
  }

  private static Enrolment enrol(Workspace ws, Apprentice a, CourseUnit unit, Site site) {
    return new EnrolmentService(ws)
        .enrol(
            ACTOR,
            new NewEnrolment(
                a.id(),
                new UnitRef.Query(unit.code(), Optional.of(unit.version())),
                site.placement(),
                site.assessor()));
  }

  /** One item covering every criterion of {@code outcome}, claimed met. */
  private static void evidence(
      Workspace ws,
      Enrolment e,
      CourseUnit unit,
      LearningOutcome outcome,
      int index,
      LocalDate date,
      Code recorder) {
    List<AssessmentMethod> methods = new ArrayList<>(unit.assessmentMethods());
    java.util.Collections.sort(methods);
    AssessmentMethod method =
        methods.contains(AssessmentMethod.OBSERVATION) && index == 0
            ? AssessmentMethod.OBSERVATION
            : methods.get(index % methods.size());
    String what = outcome.statement();
    new EvidenceService(ws)
        .add(
            ACTOR,
            NewEvidence.builder()
                .enrolment(e.id())
                .date(date)
                .method(method)
                .description("Handledaren och bedömaren följde arbetet: " + what)
                .criteria(outcome.criteria().stream().map(c -> c.id()).toList())
                .recordedBy(recorder)
                .claim(Judgement.MET)
                .build());
  }

  /** A roster file in the columns of {@code samples/roster.csv}: unique, varied people. */
  static String roster(int count, LocalDate start) {
    StringBuilder csv =
        new StringBuilder(
            "förnamn;efternamn;födelsedatum;kön;född utomlands;"
                + "personnummer;funktionsnedsättning;program;startdatum;slutdatum\n");
    String[] genders = {
      "kvinna", "man", "kvinna", "man", "icke-binär", "man", "kvinna", "ej angivet"
    };
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      String first = FIRST[i % FIRST.length];
      String last = LAST[(i / FIRST.length + i * 7) % LAST.length];
      LocalDate born = start.minusYears(17 + (i * 13) % 45).minusDays((i * 37L) % 360);
      while (!seen.add(first + last + born)) {
        born = born.minusDays(1);
      }
      String disability = i % 5 == 4 ? "" : i % 7 == 3 ? "ja" : "nej";
      csv.append(first)
          .append(';')
          .append(last)
          .append(';')
          .append(born)
          .append(';')
          .append(genders[i % genders.length])
          .append(';')
          .append(i % 3 == 1 ? "ja" : "nej")
          .append(";;")
          .append(disability)
          .append(";Lärlingsprogrammet Fyra Arenor;")
          .append(start)
          .append(';')
          .append(start.plusMonths(10))
          .append('\n');
    }
    return csv.toString();
  }

  private static String person(int i) {
    return FIRST[i % FIRST.length] + " " + LAST[(i * 3 + 1) % LAST.length];
  }

  private static Instant at(LocalDate day, int hour) {
    return ZonedDateTime.of(day, LocalTime.of(hour, 0), ZONE).toInstant();
  }

  /** One progress line on a terminal, rewritten in place; a line per phase elsewhere. */
  private static final class Progress {
    private final PrintStream out;
    private final int total;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private String phase = "";
    private long shownAt;

    Progress(PrintStream out, int total) {
      this.out = out;
      this.total = total;
    }

    void phase(String name) {
      if (out == null) {
        return;
      }
      if (terminal && !phase.isEmpty()) {
        out.println();
      }
      phase = name;
      if (!terminal) {
        out.printf(Locale.ROOT, "%6.1f s  %s%n", seconds(), name);
      }
    }

    void step(int done) {
      long now = System.nanoTime();
      if (out == null || !terminal || (now - shownAt < 100_000_000L && done < total)) {
        return;
      }
      shownAt = now;
      out.printf(Locale.ROOT, "\r%6.1f s  %-18s %5d/%d", seconds(), phase, done, total);
      out.flush();
    }

    void done() {
      if (out != null && terminal) {
        out.println();
      }
    }

    private double seconds() {
      return (System.nanoTime() - start) / 1e9;
    }
  }
}

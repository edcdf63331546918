package org.ocnkit.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.CertificateRecords;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.Certification;
import org.ocnkit.certificate.RegisterEntry;
import org.ocnkit.cli.CliRun;
import org.ocnkit.learner.PersonalIdentityNumber;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.learner.testing.TestApprovals;
import org.ocnkit.store.SharedKeys;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.UnitRef;

/**
 * One programme, three desks (three folders) on one PostgreSQL database: desks A and B issue, C
 * only verifies. A and B work at the same time in two real JVMs running {@code ocn}: each records
 * the same personal identity number, evidence with an attachment, sign-offs, and then both issue
 * every certificate that is ready. The timeout only stops a hung test; nothing asserts speed.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SharedDesksTest {
  static final String NOW = "2026-09-15T09:00:00Z";
  static final UnitRef UNIT = UnitRef.of("HS-TEST-01", 1);

  @TempDir Path tmp;
  private final List<Process> started = new ArrayList<>();
  private String url;
  private String secret;

  @AfterEach
  void stopStragglers() {
    started.forEach(Process::destroyForcibly);
  }

  private CliRun ocn(Path desk, String... args) {
    CliRun run =
        new CliRun(tmp)
            .at(NOW)
            .env("OCNKIT_ACTOR", "coordinator")
            .env("OCNKIT_KEY_PASSWORD", "test-only-password");
    if (desk != null && Files.exists(desk.resolve("ocnkit.properties"))) {
      run.env("OCNKIT_WORKSPACE", desk.toString());
    }
    return run.run(args);
  }

  private CliRun ok(Path desk, String... args) {
    CliRun run = ocn(desk, args);
    assertThat(run.exitCode).as(String.join(" ", args) + "\n" + run).isZero();
    return run;
  }

  @Test
  void twoDesksWorkingAtOnceLoseNothingAndIssueEveryUnitOnce() throws Exception {
    url = TestWorkspaces.newPostgresUrl();
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    Path c = tmp.resolve("c");

    // Desk A creates the workspace and the issuer's keys; a second init on the database refuses.
    ok(a, "init", a.toString(), "--db", url, "--db-user", "postgres", "--org", "Testkommunen");
    CliRun again =
        ocn(null, "init", tmp.resolve("x").toString(), "--db", url, "--db-user", "postgres");
    assertThat(again.exitCode).as(again.toString()).isEqualTo(1);
    assertThat(again.err).contains("ocn join --db");
    Files.writeString(
        a.resolve("ocnkit.properties"),
        Files.readString(a.resolve("ocnkit.properties"))
            .replace("moderation.share=0.20", "moderation.share=1"));
    ok(a, "keys", "init");
    Files.createDirectories(tmp.resolve("units"));
    Files.write(
        tmp.resolve("units").resolve("hs-test-01.xml"),
        LearnerFixtures.unit(UNIT.code().value(), UNIT.version()).canonicalForm());
    ok(a, "unit", "import", tmp.resolve("units").toString());
    try (Workspace w =
        Workspace.open(
            a,
            TestWorkspaces.options(
                java.time.Clock.fixed(java.time.Instant.parse(NOW), java.time.ZoneOffset.UTC)))) {
      TestApprovals.approve(w.store(), UNIT);
    }
    ok(
        a,
        "placement",
        "add",
        "ica-test",
        "--workplace",
        "ICA Nära Testby",
        "--employer",
        "Testby Livs AB",
        "--arena",
        "handel-service",
        "--supervisor",
        "asa-oberg=Åsa Öberg");
    ok(a, "assessor", "add", "karin-lund", "--name", "Karin Lund", "--qualified");
    ok(a, "assessor", "add", "maria-sjoberg", "--name", "Maria Sjöberg", "--qualified");
    ok(a, "moderate", "moderator", "add", "maria-sjoberg");

    // Desk B joins with the programme secret file; desk C with the variable.
    Path handed = a.resolve("keys").resolve(SharedKeys.SECRET_FILE);
    secret = Files.readString(handed).strip();
    CliRun noSecret = ocn(null, "join", c.toString(), "--db", url, "--db-user", "postgres");
    assertThat(noSecret.exitCode).as(noSecret.toString()).isEqualTo(4);
    assertThat(noSecret.err).contains("OCNKIT_PROGRAMME_SECRET", "coordinator");
    ok(
        b,
        "join",
        b.toString(),
        "--db",
        url,
        "--db-user",
        "postgres",
        "--programme-secret",
        handed.toString());
    CliRun joinC =
        new CliRun(tmp)
            .at(NOW)
            .env("OCNKIT_PROGRAMME_SECRET", secret)
            .run("join", c.toString(), "--db", url, "--db-user", "postgres");
    assertThat(joinC.exitCode).as(joinC.toString()).isZero();
    assertThat(c.resolve("keys")).doesNotExist();
    // B issues too: it gets the issuing desk's key files (the private keys never leave the
    // issuing desks; the database holds only the public halves).
    CliRun notIssuing = ocn(b, "certificate", "issue", "--apprentice", "A1");
    assertThat(notIssuing.exitCode).as(notIssuing.toString()).isEqualTo(4);
    assertThat(notIssuing.err).contains("this desk does not issue");
    for (String f : List.of("issuer.p12", "log-key.pem", "issuer-certificate.pem", "log.vkey")) {
      Files.copy(a.resolve("keys").resolve(f), b.resolve("keys").resolve(f));
    }

    // A roster of four, enrolled, from desk A.
    Files.writeString(
        tmp.resolve("roster.csv"),
        "förnamn;efternamn;födelsedatum;kön;"
            + "född utomlands;program;startdatum;slutdatum\n"
            + "Zeynep;Öztürk;1999-04-17;kvinna;ja;Lärling 2026;2026-01-12;2026-06-30\n"
            + "Amina;Hassan;1998-06-14;kvinna;ja;Lärling 2026;2026-01-12;2026-06-30\n"
            + "Erik;Nilsson;2000-02-03;man;nej;Lärling 2026;2026-01-12;2026-06-30\n"
            + "Sara;Lind;2001-11-30;kvinna;nej;Lärling 2026;2026-01-12;2026-06-30\n");
    ok(a, "apprentice", "import", tmp.resolve("roster.csv").toString());
    for (String apprentice : List.of("A1", "A2", "A3", "A4")) {
      ok(
          a,
          "enrol",
          apprentice,
          "--unit",
          UNIT.toString(),
          "--placement",
          "ica-test",
          "--assessor",
          "karin-lund");
    }
    Path photoA = Files.writeString(tmp.resolve("kassa-a.jpg"), "foto från desk A");
    Path photoB = Files.writeString(tmp.resolve("kassa-b.jpg"), "foto från desk B");

    // At once: each desk records the same personal number, evidence with an attachment and
    // sign-offs for two enrolments.
    String pin = pin();
    List<String> signedOffA = new ArrayList<>();
    signedOffA.add(add("Nora", "Berg", pin));
    signedOffA.addAll(signOff("E1", photoA));
    signedOffA.addAll(signOff("E2", null));
    List<String> signedOffB = new ArrayList<>();
    signedOffB.add(add("Nora", "Bergström", pin));
    signedOffB.addAll(signOff("E3", photoB));
    signedOffB.addAll(signOff("E4", null));
    List<String[]> first = together(a, signedOffA, b, signedOffB);
    List<String[]> pinAdds = first.stream().filter(r -> r[1].startsWith("apprentice add")).toList();
    assertThat(pinAdds)
        .extracting(r -> r[0])
        .as(pinAdds.stream().map(r -> String.join(" | ", r)).collect(Collectors.joining("\n")))
        .containsOnlyOnce("exit 0")
        .hasSize(2);
    assertThat(pinAdds)
        .filteredOn(r -> !r[0].equals("exit 0"))
        .singleElement()
        .satisfies(r -> assertThat(r[2]).contains("already recorded as A5"));
    assertThat(first)
        .filteredOn(r -> !r[1].startsWith("apprentice add"))
        .allSatisfy(r -> assertThat(r[0]).as(String.join(" | ", r)).isEqualTo("exit 0"));

    // The moderator confirms all four (at desk B); then both desks issue at once.
    ok(b, "moderate", "plan");
    for (String e : List.of("E1", "E2", "E3", "E4")) {
      ok(
          b,
          "moderate",
          "record",
          "--enrolment",
          e,
          "--by",
          "maria-sjoberg",
          "--outcome",
          "confirm",
          "--comment",
          "Bekräftat.");
    }
    List<String[]> issued =
        together(a, List.of("certificate\tissue-batch"), b, List.of("certificate\tissue-batch"));
    assertThat(issued)
        .allSatisfy(r -> assertThat(r[0]).as(String.join(" | ", r)).isIn("exit 0", "exit 1"));
    ok(a, "certificate", "issue-batch");

    // Nothing was issued twice, nothing lost, and every desk verifies everything.
    try (Workspace w =
        Workspace.open(
            c,
            TestWorkspaces.options(java.time.Clock.systemUTC())
                .withEnv(Map.of("OCNKIT_PROGRAMME_SECRET", secret)))) {
      List<RegisterEntry> register = new CertificateService(w).list();
      List<String> enrolments = new ArrayList<>();
      for (RegisterEntry e : register) {
        w.store().read(tx -> CertificateRecords.references(tx, e.code())).stream()
            .filter(r -> r.kind().equals(Certification.REF_ENROLMENT))
            .forEach(r -> enrolments.add(r.value()));
      }
      assertThat(enrolments).containsExactlyInAnyOrder("E1", "E2", "E3", "E4");
      List<Path> pdfs = pdfs(a);
      pdfs.addAll(pdfs(b));
      assertThat(pdfs).hasSize(register.size());
      assertThat(pdfs)
          .extracting(p -> p.getFileName().toString().replace(".pdf", ""))
          .containsExactlyInAnyOrderElementsOf(
              register.stream().map(e -> e.code().toString()).toList());
      for (Path pdf : pdfs) {
        CliRun verified =
            new CliRun(tmp)
                .at(NOW)
                .env("OCNKIT_WORKSPACE", c.toString())
                .env("OCNKIT_PROGRAMME_SECRET", secret)
                .run("verify", pdf.toString());
        assertThat(verified.exitCode).as(verified.toString()).isZero();
      }
    }
    for (Path desk : List.of(a, b)) {
      CliRun audit = ok(desk, "audit", "verify");
      assertThat(audit.out).contains("the audit chain verifies", "2 attachment");
      ok(desk, "log", "verify");
    }
    CliRun auditC =
        new CliRun(tmp)
            .at(NOW)
            .env("OCNKIT_WORKSPACE", c.toString())
            .env("OCNKIT_PROGRAMME_SECRET", secret)
            .run("log", "verify");
    assertThat(auditC.exitCode).as(auditC.toString()).isZero();
  }

  private static List<Path> pdfs(Path desk) throws IOException {
    Path dir = desk.resolve("out").resolve("certificates");
    if (!Files.isDirectory(dir)) {
      return new ArrayList<>();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".pdf"))
          .collect(Collectors.toCollection(ArrayList::new));
    }
  }

  private static String add(String first, String last, String pin) {
    return String.join(
        "\t",
        "apprentice",
        "add",
        "--first-name",
        first,
        "--last-name",
        last,
        "--birth-date",
        "2000-04-17",
        "--gender",
        "woman",
        "--born-abroad",
        "no",
        "--programme",
        "Lärling 2026",
        "--start",
        "2026-01-12",
        "--personal-number",
        pin);
  }

  private static List<String> signOff(String enrolment, Path attachment) {
    String evidence =
        String.join(
            "\t",
            "evidence",
            "add",
            "--enrolment",
            enrolment,
            "--date",
            "2026-05-20",
            "--method",
            "observation",
            "--criteria",
            "1.1,1.2,2.1,2.2,3.1",
            "--description",
            "Tog emot kunder i kassan.",
            "--recorded-by",
            "asa-oberg",
            "--claim",
            "met");
    if (attachment != null) {
      evidence += "\t--attach\t" + attachment;
    }
    return List.of(
        evidence,
        String.join(
            "\t",
            "evidence",
            "sign-off",
            "--enrolment",
            enrolment,
            "--by",
            "karin-lund",
            "--as-claimed"),
        String.join("\t", "enrolment", "sign-off", enrolment, "--by", "karin-lund"));
  }

  private static String pin() {
    String nine = "000417" + "246";
    return "20"
        + nine.substring(0, 6)
        + "-"
        + nine.substring(6)
        + PersonalIdentityNumber.luhnCheckDigit(nine);
  }

  /** Runs the two scripts in two JVMs started together; every result line of both. */
  private List<String[]> together(
      Path deskA, List<String> scriptA, Path deskB, List<String> scriptB) throws Exception {
    Process pa = desk(deskA, scriptA);
    Process pb = desk(deskB, scriptB);
    BufferedReader outA = reader(pa);
    BufferedReader outB = reader(pb);
    assertThat(outA.readLine()).isEqualTo("ready");
    assertThat(outB.readLine()).isEqualTo("ready");
    go(pa);
    go(pb);
    List<String[]> results = new ArrayList<>();
    for (BufferedReader out : List.of(outA, outB)) {
      for (String line = out.readLine();
          line != null && !line.equals("done");
          line = out.readLine()) {
        results.add(line.split("\t", -1));
      }
    }
    assertThat(pa.waitFor()).isZero();
    assertThat(pb.waitFor()).isZero();
    assertThat(results).hasSize(scriptA.size() + scriptB.size());
    return results;
  }

  private Process desk(Path desk, List<String> script) throws IOException {
    Path file =
        Files.write(
            tmp.resolve("script-" + desk.getFileName() + "-" + started.size()),
            script,
            StandardCharsets.UTF_8);
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            String.join(File.pathSeparator, cp.split(File.pathSeparator)),
            DeskScript.class.getName(),
            file.toString(),
            NOW);
    builder
        .environment()
        .putAll(
            Map.of(
                "OCNKIT_WORKSPACE",
                desk.toString(),
                "OCNKIT_ACTOR",
                "desk-" + desk.getFileName(),
                "OCNKIT_LANG",
                "en",
                "OCNKIT_KEY_PASSWORD",
                "test-only-password"));
    builder.environment().remove("OCNKIT_PROGRAMME_SECRET");
    builder.redirectError(
        tmp.resolve("stderr-" + desk.getFileName() + "-" + started.size()).toFile());
    Process p = builder.start();
    started.add(p);
    return p;
  }

  private static BufferedReader reader(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  private static void go(Process p) throws IOException {
    OutputStream in = p.getOutputStream();
    in.write("go\n".getBytes(StandardCharsets.UTF_8));
    in.flush();
  }
}

package org.ocnkit.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.CertificateIssuer;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.IssueProgress;
import org.ocnkit.certificate.IssuedBatch;
import org.ocnkit.certificate.IssuedCertificate;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.evidence.EvidenceItem;
import org.ocnkit.evidence.EvidenceService;
import org.ocnkit.evidence.EvidenceSignOff;
import org.ocnkit.evidence.Judgement;
import org.ocnkit.evidence.NewEvidence;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.AssessorService;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.learner.testing.TestApprovals;
import org.ocnkit.moderation.ModerationService;
import org.ocnkit.moderation.NewOutcome;
import org.ocnkit.moderation.PlanItem;
import org.ocnkit.moderation.PlanRequest;
import org.ocnkit.moderation.SamplePlan;
import org.ocnkit.moderation.Verdict;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.CourseUnit;

/**
 * The certificates the server tests check, made once per test class the way ocn makes them: a
 * workspace with an approved unit, two apprentices who achieved it, moderation where sampled, and
 * their certificates issued; the second revoked. Beside them, a certificate of another issuer (its
 * own workspace and keys) and a copy of the valid one with one byte changed.
 */
final class Certificates implements AutoCloseable {
  private static final Code MODERATOR = new Code("maria-sjoberg");

  final TestClock clock = new TestClock();
  final Workspace ws;
  final IssuingKeys keys;
  final CertificateCode valid;
  final CertificateCode revoked;
  final Path validPdf;
  final Path revokedPdf;
  final Path tamperedPdf;
  final Path otherIssuerPdf;
  final String validFingerprint;
  final String revokedFingerprint;
  final CourseUnit unit = LearnerFixtures.unit("HS-TEST-01", 1);

  private static Certificates shared;

  /**
   * The certificates every server test class shares in this JVM: made once (issuing PDFs takes
   * seconds), in a temporary folder removed at exit. Tests only read them.
   */
  static synchronized Certificates shared() {
    if (shared == null) {
      try {
        Path dir = Files.createTempDirectory("ocn-server-test");
        shared = new Certificates(dir);
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      shared.close();
                      try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                        files
                            .sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                      } catch (IOException e) {
                        // A temporary folder.
                      }
                    }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  Certificates(Path dir) {
    ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"), clock);
    keys = SampleRequests.createKeys(ws);
    LearnerFixtures.placementAndAssessor(ws);
    new AssessorService(ws).add("coordinator", MODERATOR, "Maria Sjöberg", true);
    new ModerationService(ws).addModerator("coordinator", MODERATOR);
    LearnerFixtures.importUnit(ws, dir.resolve("units"), unit);
    TestApprovals.approve(ws.store(), unit.ref());
    Apprentice anna = LearnerFixtures.apprentice(ws, "Anna", "Berg");
    Apprentice eva = LearnerFixtures.apprentice(ws, "Eva", "Forsberg");
    achieve(anna);
    achieve(eva);
    moderate();
    IssuedCertificate a = certify(anna);
    IssuedCertificate e = certify(eva);
    new CertificateService(ws).signCheckpoint("coordinator", keys);
    clock.advance(Period.ofDays(3));
    new CertificateService(ws)
        .revoke("coordinator", e.code(), "Utfärdat av misstag / issued by mistake");
    valid = a.code();
    revoked = e.code();
    validPdf = a.file();
    revokedPdf = e.file();
    validFingerprint = a.record().fingerprint().hex();
    revokedFingerprint = e.record().fingerprint().hex();
    try {
      byte[] bytes = Files.readAllBytes(validPdf);
      int at = bytes.length / 3;
      bytes[at] = (byte) (bytes[at] ^ 0x01);
      tamperedPdf = Files.write(dir.resolve("one-byte-changed.pdf"), bytes);
      try (Workspace other = TestWorkspaces.create(Engine.SQLITE, dir.resolve("other"))) {
        IssuedCertificate foreign =
            CertificateIssuer.of(other, SampleRequests.createKeys(other))
                .issue("x", List.of(SampleRequests.request("Anna Berg", 2)))
                .certificates()
                .get(0);
        otherIssuerPdf = Files.copy(foreign.file(), dir.resolve("other-issuer.pdf"));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private void achieve(Apprentice a) {
    clock.advance(Period.ofDays(1));
    Enrolment e = LearnerFixtures.enrol(ws, a, unit.ref());
    EvidenceItem item =
        new EvidenceService(ws)
            .add(
                "coordinator",
                NewEvidence.builder()
                    .enrolment(e.id())
                    .date(ws.store().read(tx -> tx.today()))
                    .method(org.ocnkit.unit.AssessmentMethod.OBSERVATION)
                    .description("Handledaren såg hela momentet.")
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
  }

  /** A sample plan over every sign-off; the moderator confirms those sampled. */
  private void moderate() {
    SamplePlan plan = new ModerationService(ws).plan("coordinator", PlanRequest.defaults());
    for (PlanItem item : plan.decidedHere()) {
      if (item.sampled()) {
        new ModerationService(ws)
            .record(
                "maria",
                new NewOutcome(
                    item.assessment().enrolment(),
                    MODERATOR,
                    Verdict.CONFIRM,
                    "Underlaget räcker och är äkta."));
      }
    }
  }

  private IssuedCertificate certify(Apprentice a) {
    IssuedBatch batch =
        new CertificateService(ws)
            .issue(
                "coordinator",
                a.id(),
                keys,
                new CertificateService(ws).issueOptions(),
                IssueProgress.NONE);
    return batch.certificates().get(0);
  }

  @Override
  public void close() {
    ws.close();
  }
}

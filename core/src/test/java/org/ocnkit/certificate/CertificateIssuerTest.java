package org.ocnkit.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.ledger.ProofBundle;
import org.ocnkit.pdf.PdfContents;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;

class CertificateIssuerTest {
  @TempDir Path dir;

  private static List<CertificateRequest> requests(String... names) {
    List<CertificateRequest> out = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      out.add(
          SampleRequests.builder(names[i], 2 + i)
              .reference("apprentice", "A" + (i + 1))
              .reference("enrolment", "E" + (10 + i))
              .build());
    }
    return out;
  }

  @org.junit.jupiter.api.Test
  void theGuardRefusesAnEnrolmentCertifiedMeanwhileAndNothingIsWritten() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      IssuingKeys keys = SampleRequests.createKeys(ws);
      CertificateIssuer issuer = CertificateIssuer.of(ws, keys);
      List<CertificateRequest> planned = requests("Anna Berg", "Eva Forsberg");
      issuer.issue(
          "Maria Lind",
          planned.subList(1, 2),
          IssueProgress.NONE,
          Certification.NOT_CERTIFIED_MEANWHILE);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  issuer.issue(
                      "Maria Lind",
                      planned,
                      IssueProgress.NONE,
                      Certification.NOT_CERTIFIED_MEANWHILE))
          .isInstanceOf(org.ocnkit.RefusedException.class)
          .hasMessageContaining("E11")
          .hasMessageContaining("meanwhile");
      assertThat(new CertificateRegister(ws.store()).list()).hasSize(1);
      assertThat(new CertificateLog(ws).verify().passed()).isTrue();
    }
  }

  @OnEveryEngine
  void aBatchIsLoggedUnderOneCheckpointRegisteredAndEveryCertificateVerifies(Engine engine) {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      IssuingKeys keys = SampleRequests.createKeys(ws);
      IssuedBatch batch =
          CertificateIssuer.of(ws, keys)
              .issue(
                  "Maria Lind",
                  requests("Åsa Öberg-Ängström", "Łukasz Żółkiewski", "Nguyễn Thị Hương"));

      assertThat(batch.certificates())
          .extracting(IssuedCertificate::serial)
          .containsExactly(1L, 2L, 3L);
      assertThat(batch.certificates())
          .extracting(IssuedCertificate::leafIndex)
          .containsExactly(0L, 1L, 2L);
      assertThat(batch.treeSize()).isEqualTo(3);
      CertificateLog log = new CertificateLog(ws);
      assertThat(log.latestCheckpoint()).contains(batch.checkpoint());
      assertThat(batch.checkpoint().checkpoint().origin()).isEqualTo(SampleRequests.LOG_ORIGIN);

      CertificateVerifier verifier = new CertificateVerifier(VerificationOptions.forWorkspace(ws));
      for (IssuedCertificate c : batch.certificates()) {
        assertThat(c.file())
            .isEqualTo(ws.outDir().resolve("certificates").resolve(c.code() + ".pdf"))
            .exists();
        VerificationResult result = verifier.verify(c.file());
        assertThat(result.verdict())
            .as(result.toString())
            .isEqualTo(VerificationResult.Verdict.VALID);
        assertThat(result.checks())
            .extracting(VerificationCheck::name)
            .containsExactly(
                "SIGNATURE_PRESENT",
                "SIGNATURE_INTACT",
                "COVERS_WHOLE_FILE",
                "SIGNER_TRUSTED",
                "RECORD",
                "RECORD_HASH",
                "VISIBLE_TEXT",
                "ISSUER",
                "STATUS",
                "LOG_CHECKPOINT",
                "LOG_INCLUSION",
                "LOG_CONSISTENCY");
        assertThat(result.checks()).allSatisfy(check -> assertThat(check.passed()).isTrue());
        assertThat(result.record()).contains(c.record());
        ProofBundle embedded =
            ProofBundle.parse(
                new String(
                    PdfContents.read("c", read(c.file()))
                        .attachment(CertificateIssuer.LOG_PROOF_FILE)
                        .orElseThrow()
                        .content(),
                    StandardCharsets.UTF_8));
        assertThat(embedded.index()).isEqualTo(c.leafIndex());
        assertThat(embedded.checkpoint()).isEqualTo(batch.checkpoint());
      }

      CertificateRegister register = new CertificateRegister(ws.store());
      assertThat(register.list())
          .extracting(RegisterEntry::code)
          .containsExactlyElementsOf(
              batch.certificates().stream().map(IssuedCertificate::code).toList());
      assertThat(register.list())
          .allSatisfy(
              e -> {
                assertThat(e.status()).isEqualTo(RegisterEntry.Status.VALID);
                assertThat(e.treeSize()).isEqualTo(3);
                assertThat(e.issueDate()).isEqualTo(java.time.LocalDate.of(2025, 3, 3));
              });
      List<RegisterEntry> forApprentice2 =
          ws.store().read(tx -> CertificateRecords.withReference(tx, "apprentice", "A2"));
      assertThat(forApprentice2)
          .singleElement()
          .satisfies(e -> assertThat(e.serial()).isEqualTo(2));
      List<CertificateRequest.Reference> references =
          ws.store()
              .read(tx -> CertificateRecords.references(tx, batch.certificates().get(2).code()));
      assertThat(references)
          .containsExactly(
              new CertificateRequest.Reference("apprentice", "A3"),
              new CertificateRequest.Reference("enrolment", "E12"));

      IssuedBatch second =
          CertificateIssuer.of(ws, keys).issue("Maria Lind", requests("Anna Berg", "Eva Forsberg"));
      assertThat(second.certificates())
          .extracting(IssuedCertificate::serial)
          .containsExactly(4L, 5L);
      assertThat(second.treeSize()).isEqualTo(5);
      assertThat(verifier.verify(batch.certificates().get(0).file()).valid())
          .as("a certificate of the first batch is consistent with the grown log")
          .isTrue();
      assertThat(log.verify().passed()).isTrue();
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @Test
  void theSameRequestTwiceGivesTwoCertificatesWithTheirOwnFingerprints() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      IssuingKeys keys = SampleRequests.createKeys(ws);
      CertificateRequest request = SampleRequests.request("Anna Berg", 3);
      IssuedBatch batch = CertificateIssuer.of(ws, keys).issue("a", List.of(request, request));
      IssuedCertificate first = batch.certificates().get(0);
      IssuedCertificate second = batch.certificates().get(1);
      assertThat(first.record().units()).isEqualTo(second.record().units());
      assertThat(first.fingerprint()).isNotEqualTo(second.fingerprint());
      assertThat(first.code()).isNotEqualTo(second.code());
      assertThat(second.serial()).isEqualTo(first.serial() + 1);
    }
  }

  @Test
  void aCertificateThatCannotBeRenderedLeavesNothingBehind() throws IOException {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      IssuingKeys keys = SampleRequests.createKeys(ws);
      List<CertificateRequest> batch =
          List.of(SampleRequests.request("Anna Berg", 2), SampleRequests.request("山田 太郎", 2));
      List<int[]> progress = new ArrayList<>();
      assertThatThrownBy(
              () ->
                  CertificateIssuer.of(ws, keys)
                      .issue("a", batch, (done, total) -> progress.add(new int[] {done, total})))
          .isInstanceOf(InvalidInputException.class);
      assertThat(progress)
          .as("the first certificate was written before the second failed")
          .hasSize(1);
      // Staged, not published: out/ was never touched, and the staging folder is gone.
      assertThat(IssueOptions.forWorkspace(ws).outDir()).doesNotExist();
      try (Stream<Path> files = Files.list(ws.dir().resolve(IssueStaging.FOLDER))) {
        assertThat(files).isEmpty();
      }
      assertThat(new CertificateRegister(ws.store()).list()).isEmpty();
      assertThat(new CertificateLog(ws).size()).isZero();
      assertThat(new CertificateLog(ws).latestCheckpoint()).isEmpty();
      assertThat(ws.store().auditLog(org.ocnkit.store.AuditQuery.ALL))
          .noneMatch(e -> e.action().startsWith("certificate."));
    }
  }

  @Test
  void requestsThatCannotBeCertifiedTodayAreRefusedWithEveryReason() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      IssuingKeys keys = SampleRequests.createKeys(ws);
      AchievedUnit later =
          new AchievedUnit(
              org.ocnkit.unit.UnitRef.of("VO-HYG-01", 1),
              new org.ocnkit.unit.UnitHash("c".repeat(64)),
              "Hygien",
              java.util.Optional.empty(),
              new org.ocnkit.unit.EqfLevel(2),
              2,
              TestClock.START.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1),
              "PANEL-1");
      CertificateRequest future = SampleRequests.builder("Anna Berg", 1).unit(later).build();
      CertificateRequest unborn =
          SampleRequests.builder("Eva Forsberg", 1)
              .holder("Eva Forsberg", java.time.LocalDate.of(2025, 3, 3))
              .build();
      assertThatThrownBy(
              () ->
                  CertificateIssuer.of(ws, keys)
                      .issue("a", List.of(SampleRequests.request("Ok Person", 1), future, unborn)))
          .isInstanceOfSatisfying(
              RefusedException.class,
              e -> {
                assertThat(e.problems())
                    .extracting(p -> p.location())
                    .containsExactly("request 2", "request 3");
                assertThat(e.problems())
                    .extracting(p -> p.message().key())
                    .containsExactly("issue.achievedAfterIssue", "issue.bornAfterIssue");
                assertThat(e.problems().get(0).toString()).contains("VO-HYG-01@1", "2025-03-04");
              });
      assertThat(new CertificateRegister(ws.store()).list()).isEmpty();
    }
  }

  @OnEveryEngine
  void theRegisterHoldsNoPersonalData(Engine engine) {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      IssuingKeys keys = SampleRequests.createKeys(ws);
      CertificateIssuer.of(ws, keys).issue("a", requests("Åsa Öberg-Ängström"));
      List<String> values =
          ws.store()
              .read(
                  tx -> {
                    List<String> all = new ArrayList<>();
                    for (String table :
                        List.of(
                            "certificate",
                            "certificate_reference",
                            "ledger_entry",
                            "ledger_node",
                            "ledger_checkpoint")) {
                      tx.query(
                          "SELECT * FROM " + table,
                          row -> {
                            java.sql.ResultSet rs = row.resultSet();
                            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                              all.add(String.valueOf(rs.getString(c)));
                            }
                            return null;
                          });
                    }
                    return all;
                  });
      assertThat(values)
          .isNotEmpty()
          .noneMatch(v -> v.contains("Öberg") || v.contains("1991-04-12"));
    }
  }

  @Test
  void revokingKeepsTheCertificateAndNamesTheReason() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      IssuingKeys keys = SampleRequests.createKeys(ws);
      IssuedCertificate c =
          CertificateIssuer.of(ws, keys).issue("a", requests("Anna Berg")).certificates().get(0);
      CertificateRegister register = new CertificateRegister(ws.store());
      RegisterEntry revoked =
          register.revoke("Maria Lind", c.code(), " issued to the wrong person ");
      assertThat(revoked.status()).isEqualTo(RegisterEntry.Status.REVOKED);
      assertThat(revoked.revocation().orElseThrow().reason())
          .isEqualTo("issued to the wrong person");
      assertThatThrownBy(() -> register.revoke("a", c.code(), "again"))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("wrong person");
      assertThatThrownBy(() -> register.revoke("a", c.code(), "  "))
          .isInstanceOf(InvalidInputException.class);
      CertificateCode unknown = CertificateCode.of(Fingerprint.of(new byte[] {1}));
      assertThatThrownBy(() -> register.revoke("a", unknown, "x"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(unknown.value());

      VerificationResult result =
          new CertificateVerifier(VerificationOptions.forWorkspace(ws)).verify(c.file());
      assertThat(result.verdict()).isEqualTo(VerificationResult.Verdict.REVOKED);
      assertThat(result.failures()).extracting(VerificationCheck::name).containsExactly("STATUS");
      assertThat(result.check("STATUS").orElseThrow().reason().toString())
          .contains("REVOKED", "issued to the wrong person");
      assertThat(ws.verifyAudit().intact()).isTrue();
      assertThat(new CertificateLog(ws).verify().passed()).isTrue();
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package org.ocnkit.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.LogAudit;
import org.ocnkit.ledger.ProofBundle;
import org.ocnkit.ledger.PublishResult;
import org.ocnkit.ledger.SignedCheckpoint;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;

class CertificateLogTest {
  @TempDir Path dir;

  private static IssuedBatch issue(Workspace ws, IssuingKeys keys, String... names) {
    return CertificateIssuer.of(ws, keys)
        .issue("a", java.util.Arrays.stream(names).map(n -> SampleRequests.request(n, 2)).toList());
  }

  @OnEveryEngine
  void aChangedLeafOrNodeIsNamedByLogVerify(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      IssuingKeys keys = SampleRequests.createKeys(ws);
      issue(ws, keys, "Anna Berg", "Eva Forsberg", "Karin Ek", "Olle Holm", "Sara Lund");
      CertificateLog log = new CertificateLog(ws);
      assertThat(log.verify().passed()).isTrue();

      TestWorkspaces.executeRaw(
          ws, "UPDATE ledger_node SET hash = '" + "0".repeat(64) + "' WHERE level = 1 AND idx = 1");
      LogAudit node = log.verify();
      assertThat(node.passed()).isFalse();
      assertThat(node.firstMismatch().orElseThrow().node().level()).isEqualTo(1);
      assertThat(node.problems().get(0).toString()).contains("(1, 1)", "0000");

      TestWorkspaces.executeRaw(
          ws,
          "UPDATE ledger_node SET hash = (SELECT hash FROM"
              + " ledger_node WHERE level = 1 AND idx = 0) WHERE level = 1 AND idx = 1");
      String real =
          ws.store()
              .read(
                  tx ->
                      tx.queryOne(
                          "SELECT fingerprint FROM ledger_entry WHERE idx = 2",
                          r -> r.getString("fingerprint")))
              .orElseThrow();
      TestWorkspaces.executeRaw(
          ws, "UPDATE ledger_entry SET fingerprint = '" + "ab".repeat(32) + "' WHERE idx = 2");
      LogAudit leaf = log.verify();
      assertThat(leaf.passed()).isFalse();
      assertThat(leaf.problems())
          .extracting(p -> p.message().key())
          .contains("audit.nodeMismatch", "log.verify.notAtIndex");
      assertThat(leaf.problems().toString()).contains(real);
    }
  }

  @Test
  void anEntryThatIsNoRegisteredCertificateIsNamed() throws Exception {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      IssuingKeys keys = SampleRequests.createKeys(ws);
      issue(ws, keys, "Anna Berg");
      ws.store()
          .write(
              "intruder",
              tx -> {
                new org.ocnkit.ledger.TransparencyLog(
                        org.ocnkit.ledger.LogStore.jdbc(tx.connection()))
                    .append(Hash.sha256(new byte[] {9}));
                return null;
              });
      LogAudit audit = new CertificateLog(ws).verify();
      assertThat(audit.problems())
          .extracting(p -> p.message().key())
          .containsExactly("log.verify.unregistered");
      assertThat(audit.problems().get(0).location()).isEqualTo("ledger_entry 1");
    }
  }

  @OnEveryEngine
  void proofsAndConsistencyProofsVerifyAgainstSignedCheckpoints(Engine engine) {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      IssuingKeys keys = SampleRequests.createKeys(ws);
      IssuedBatch first = issue(ws, keys, "Anna Berg", "Eva Forsberg", "Karin Ek");
      IssuedBatch second = issue(ws, keys, "Olle Holm", "Sara Lund");
      CertificateLog log = new CertificateLog(ws);

      IssuedCertificate karin = first.certificates().get(2);
      ProofBundle proof = log.proof(karin.code());
      assertThat(proof.index()).isEqualTo(2);
      assertThat(proof.checkpoint()).isEqualTo(second.checkpoint());
      assertThat(
              proof.verify(Hash.of(karin.fingerprint().bytes()), keys.log().verifierKey()).passed())
          .isTrue();

      CertificateLog.Consistency consistency = log.consistency(3, 5);
      assertThat(consistency.from()).isEqualTo(first.checkpoint().treeHead());
      assertThat(consistency.to()).isEqualTo(second.checkpoint().treeHead());
      assertThat(
              consistency
                  .proof()
                  .verify(consistency.from().rootHash(), consistency.to().rootHash())
                  .passed())
          .isTrue();
      assertThatThrownBy(() -> log.consistency(4, 9)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> log.proof(CertificateCode.of(Fingerprint.of(new byte[0]))))
          .isInstanceOf(InvalidInputException.class);

      SignedCheckpoint again = log.signCheckpoint("a", keys.log());
      assertThat(again.treeHead()).isEqualTo(second.checkpoint().treeHead());
      assertThat(ws.store().auditLog(org.ocnkit.store.AuditQuery.ALL))
          .filteredOn(e -> e.action().equals("ledger.checkpoint"))
          .hasSize(3);
    }
  }

  @Test
  void aPublishedLogVerifiesCertificatesWithoutTheWorkspace() throws Exception {
    Path published = dir.resolve("published");
    Path trust = dir.resolve("issuer.pem");
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      IssuingKeys keys = SampleRequests.createKeys(ws);
      IssuedBatch first = issue(ws, keys, "Anna Berg", "Eva Forsberg");
      IssuerKeyFiles.of(ws).exportCertificate(trust);
      PublishResult result = new CertificateLog(ws).publish(published);
      assertThat(result.treeHead().size()).isEqualTo(2);
      assertThat(published.resolve("checkpoint")).exists();
      assertThat(Files.readString(published.resolve(CertificateLog.PUBLISHED_KEY_FILE)).strip())
          .isEqualTo(keys.log().verifierKey().encoded());
      VerificationSources offline =
          new VerificationSources(
              Optional.empty(),
              List.of(trust),
              List.of(),
              List.of(),
              Optional.of(published),
              Optional.empty(),
              java.util.Set.of(VerificationOptions.Unchecked.STATUS),
              java.time.Clock.systemUTC());

      VerificationResult ok =
          new CertificateVerifier(offline.options()).verify(first.certificates().get(1).file());
      assertThat(ok.verdict()).as(ok.toString()).isEqualTo(VerificationResult.Verdict.VALID);
      assertThat(ok.logKeySource()).contains(VerificationOptions.LogKeySource.PUBLISHED_FOLDER);
      assertThat(ok.check("LOG_CONSISTENCY").orElseThrow().passed()).isTrue();
      assertThat(ok.check("STATUS").orElseThrow().outcome())
          .isEqualTo(VerificationCheck.Outcome.NOT_CHECKED);
      assertThat(ok.policy().acceptedLabels()).containsExactly("status");
      assertThat(ok.unchecked()).isEmpty();

      IssuedBatch second = issue(ws, keys, "Karin Ek");
      VerificationResult newer =
          new CertificateVerifier(offline.options()).verify(second.certificates().get(0).file());
      assertThat(newer.verdict()).isEqualTo(VerificationResult.Verdict.INVALID);
      assertThat(newer.failures())
          .extracting(VerificationCheck::name)
          .containsExactly("LOG_CONSISTENCY");
      assertThat(newer.check("LOG_CONSISTENCY").orElseThrow().reason().key())
          .isEqualTo("published.stale");

      new CertificateLog(ws).publish(published);
      VerificationSources pinned =
          new VerificationSources(
              Optional.empty(),
              List.of(trust),
              List.of(),
              List.of(),
              Optional.of(published),
              Optional.of(keys.log().verifierKey().encoded()),
              java.util.Set.of(VerificationOptions.Unchecked.STATUS),
              java.time.Clock.systemUTC());
      CertificateVerifier verifier = new CertificateVerifier(pinned.options());
      for (IssuedCertificate c :
          List.of(first.certificates().get(0), second.certificates().get(0))) {
        VerificationResult now = verifier.verify(c.file());
        assertThat(now.verdict()).as(now.toString()).isEqualTo(VerificationResult.Verdict.VALID);
        assertThat(now.logKeySource()).contains(VerificationOptions.LogKeySource.GIVEN);
      }

      // The published hash of entry 2 altered: the tiles no longer prove that the log of size 3
      // grew from the checkpoint of size 2 embedded in the first certificates.
      Path tile = published.resolve("tile/0/000.p/3");
      byte[] bytes = Files.readAllBytes(tile);
      bytes[2 * 32] ^= 1;
      Files.write(tile, bytes);
      VerificationResult altered =
          new CertificateVerifier(pinned.options()).verify(first.certificates().get(0).file());
      assertThat(altered.verdict()).isEqualTo(VerificationResult.Verdict.INVALID);
      assertThat(altered.failures())
          .extracting(VerificationCheck::name)
          .containsExactly("LOG_CONSISTENCY");
    }
  }

  @Test
  void publishingRefusesAFolderOfAnotherLog() throws Exception {
    Path published = dir.resolve("published");
    try (Workspace a = TestWorkspaces.create(Engine.SQLITE, dir.resolve("a"));
        Workspace b = TestWorkspaces.create(Engine.SQLITE, dir.resolve("b"))) {
      issue(a, SampleRequests.createKeys(a), "Anna Berg");
      issue(b, SampleRequests.createKeys(b), "Eva Forsberg");
      new CertificateLog(a).publish(published);
      assertThatThrownBy(() -> new CertificateLog(b).publish(published))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("log.vkey");
    }
  }
}

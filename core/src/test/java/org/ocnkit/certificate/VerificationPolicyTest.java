package org.ocnkit.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.VerificationOptions.Unchecked;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * The verification policy: strict by default, checks accepted as not run only by name, status lists
 * that are current, never stale against the register, the newest of several counting.
 */
class VerificationPolicyTest {
  @TempDir static Path dir;

  private static Workspace ws;
  private static TestClock clock;
  private static IssuingKeys keys;
  private static IssuedBatch batch;
  private static Path trust;

  @BeforeAll
  static void issue() {
    ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"));
    clock = (TestClock) ws.store().clock();
    keys = SampleRequests.createKeys(ws);
    batch =
        CertificateIssuer.of(ws, keys)
            .issue(
                "a",
                List.of(
                    SampleRequests.request("Anna Berg", 2),
                    SampleRequests.request("Olle Holm", 2),
                    SampleRequests.request("Karin Ek", 2)));
    trust = dir.resolve("issuer.pem");
    IssuerKeyFiles.of(ws).exportCertificate(trust);
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  private static VerificationOptions outside(List<Path> lists, Set<Unchecked> accepted) {
    return new VerificationSources(
            Optional.empty(),
            List.of(trust),
            List.of(),
            lists,
            Optional.empty(),
            Optional.empty(),
            accepted,
            clock)
        .options();
  }

  private static VerificationOptions inside(List<Path> lists) {
    return new VerificationSources(
            Optional.of(ws),
            List.of(),
            List.of(),
            lists,
            Optional.empty(),
            Optional.empty(),
            Set.of(),
            clock)
        .options();
  }

  private static Path writeList(String name) {
    Path file = dir.resolve(name);
    new CertificateRegister(ws.store()).writeRevocationList(keys.issuer(), file);
    return file;
  }

  @Test
  void aRevokedCertificateCheckedWithTrustAloneIsNotValid() {
    IssuedCertificate anna = batch.certificates().get(0);
    if (new CertificateRegister(ws.store()).require(anna.code()).revocation().isEmpty()) {
      new CertificateRegister(ws.store()).revoke("a", anna.code(), "wrong person");
    }
    VerificationResult strict =
        new CertificateVerifier(outside(List.of(), Set.of())).verify(anna.file());
    assertThat(strict.verdict())
        .as(strict.toString())
        .isEqualTo(VerificationResult.Verdict.VALID_AS_FAR_AS_CHECKED);
    assertThat(strict.valid()).isFalse();
    assertThat(strict.unchecked())
        .extracting(VerificationCheck::name)
        .containsExactly("STATUS", "LOG_CHECKPOINT", "LOG_INCLUSION", "LOG_CONSISTENCY");
    assertThat(strict.policy().strict()).isTrue();

    VerificationResult relaxed =
        new CertificateVerifier(outside(List.of(), EnumSet.allOf(Unchecked.class)))
            .verify(anna.file());
    assertThat(relaxed.verdict()).isEqualTo(VerificationResult.Verdict.VALID);
    assertThat(relaxed.policy().acceptedLabels())
        .containsExactly("status", "log", "log-consistency");
    assertThat(relaxed.check("STATUS").orElseThrow().outcome())
        .isEqualTo(VerificationCheck.Outcome.NOT_CHECKED);

    // Accepting only the status leaves the log required.
    VerificationResult partly =
        new CertificateVerifier(outside(List.of(), Set.of(Unchecked.STATUS))).verify(anna.file());
    assertThat(partly.verdict()).isEqualTo(VerificationResult.Verdict.VALID_AS_FAR_AS_CHECKED);
    assertThat(partly.unchecked())
        .extracting(VerificationCheck::name)
        .containsExactly("LOG_CHECKPOINT", "LOG_INCLUSION", "LOG_CONSISTENCY");

    // Inside the workspace everything can be checked: the strict default gives REVOKED.
    assertThat(
            new CertificateVerifier(VerificationOptions.forWorkspace(ws))
                .verify(anna.file())
                .verdict())
        .isEqualTo(VerificationResult.Verdict.REVOKED);
  }

  @Test
  void uncheckedNamesAreParsedAndUnknownOnesListTheKnown() {
    assertThat(Unchecked.parse("status, log-consistency"))
        .containsExactlyInAnyOrder(Unchecked.STATUS, Unchecked.LOG_CONSISTENCY);
    assertThatThrownBy(() -> Unchecked.parse("status,signature"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("\"signature\"")
        .hasMessageContaining("status, log, log-consistency");
    assertThat(Unchecked.covering("SIGNER_TRUSTED")).isEmpty();
  }

  @Test
  void listsAreReliedOnWithinTheirValidityTheNewestCountsAndTheRegisterWins() {
    IssuedCertificate olle = batch.certificates().get(1);
    IssuedCertificate karin = batch.certificates().get(2);
    clock.advance(Duration.ofMinutes(1));
    Path before = writeList("before.p7m");
    clock.advance(Duration.ofMinutes(1));
    new CertificateRegister(ws.store()).revoke("a", olle.code(), "unit withdrawn");
    clock.advance(Duration.ofMinutes(1));
    Path after = writeList("after.p7m");

    // Outside the workspace: of two lists the newer counts, in either order.
    for (List<Path> lists : List.of(List.of(before, after), List.of(after, before))) {
      VerificationResult r =
          new CertificateVerifier(outside(lists, Set.of(Unchecked.LOG, Unchecked.LOG_CONSISTENCY)))
              .verify(olle.file());
      assertThat(r.verdict()).as(r.toString()).isEqualTo(VerificationResult.Verdict.REVOKED);
    }
    VerificationResult listed =
        new CertificateVerifier(
                outside(List.of(after), Set.of(Unchecked.LOG, Unchecked.LOG_CONSISTENCY)))
            .verify(karin.file());
    assertThat(listed.verdict()).isEqualTo(VerificationResult.Verdict.VALID);

    // Inside the workspace the older list is stale against the register: refused, naming it.
    assertThatThrownBy(() -> inside(List.of(before)))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("before.p7m")
        .hasMessageContaining("older than the register's latest revocation");
    VerificationResult registerWins =
        new CertificateVerifier(inside(List.of(after))).verify(olle.file());
    assertThat(registerWins.verdict()).isEqualTo(VerificationResult.Verdict.REVOKED);
    assertThat(registerWins.check("STATUS").orElseThrow().reason().key())
        .isEqualTo("verify.status.revoked");

    // Past its validity (seven days by default) a list is refused, naming it.
    clock.advance(Duration.ofDays(8));
    assertThatThrownBy(() -> outside(List.of(after), Set.of()))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("after.p7m")
        .hasMessageContaining("has expired");
  }
}

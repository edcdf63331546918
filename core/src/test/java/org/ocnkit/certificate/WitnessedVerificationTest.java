package org.ocnkit.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.ledger.PublishedLog;
import org.ocnkit.ledger.Witness;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * {@code ocn verify --witness}: LOG_CONSISTENCY passes only when the published checkpoint carries
 * the required witness cosignatures, and fails naming the witness that is missing.
 */
class WitnessedVerificationTest {
  @TempDir Path dir;

  private VerificationSources sources(
      Path published, String logKey, List<String> witnesses, OptionalInt required, Path trust) {
    return new VerificationSources(
        Optional.empty(),
        List.of(trust),
        List.of(),
        List.of(),
        Optional.of(published),
        Optional.of(logKey),
        Set.of(VerificationOptions.Unchecked.STATUS),
        Clock.systemUTC(),
        witnesses,
        required);
  }

  @Test
  void aCertificateVerifiesOnlyWithTheRequiredCosignatures() throws Exception {
    Path published = dir.resolve("published");
    Path trust = dir.resolve("issuer.pem");
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      IssuingKeys keys = SampleRequests.createKeys(ws);
      IssuedBatch batch =
          CertificateIssuer.of(ws, keys)
              .issue("a", List.of(SampleRequests.request("Anna Berg", 2)));
      IssuerKeyFiles.of(ws).exportCertificate(trust);
      new CertificateLog(ws).publish(published);
      String logKey = keys.log().verifierKey().encoded();
      Path pdf = batch.certificates().get(0).file();

      Witness neighbour = Witness.init(dir.resolve("kommun-b"), "witness.kommun-b.example/w1");
      Witness funder = Witness.init(dir.resolve("funder"), "witness.funder.example/w1");
      String b = neighbour.verifierKey().encoded();
      String f = funder.verifierKey().encoded();

      // Nobody cosigned yet: required witnesses missing, LOG_CONSISTENCY fails naming them.
      VerificationResult bare =
          new CertificateVerifier(
                  sources(published, logKey, List.of(b), OptionalInt.empty(), trust).options())
              .verify(pdf);
      assertThat(bare.verdict()).isEqualTo(VerificationResult.Verdict.INVALID);
      VerificationCheck failed = bare.check("LOG_CONSISTENCY").orElseThrow();
      assertThat(failed.reason().key()).isEqualTo("verify.log.notWitnessed");
      assertThat(failed.reason().toString()).contains("witness.kommun-b.example/w1");

      neighbour.cosign(PublishedLog.open(published), keys.log().verifierKey(), Instant.now());
      VerificationResult one =
          new CertificateVerifier(
                  sources(published, logKey, List.of(b), OptionalInt.empty(), trust).options())
              .verify(pdf);
      assertThat(one.verdict()).as(one.toString()).isEqualTo(VerificationResult.Verdict.VALID);
      assertThat(one.check("LOG_CONSISTENCY").orElseThrow().reason().key())
          .isEqualTo("verify.log.witnessed");

      // Both required by default; one of two is enough with --witnesses-required 1.
      VerificationResult both =
          new CertificateVerifier(
                  sources(published, logKey, List.of(b, f), OptionalInt.empty(), trust).options())
              .verify(pdf);
      assertThat(both.verdict()).isEqualTo(VerificationResult.Verdict.INVALID);
      assertThat(both.check("LOG_CONSISTENCY").orElseThrow().reason().toString())
          .contains("witness.funder.example/w1")
          .doesNotContain("kommun-b");
      VerificationResult either =
          new CertificateVerifier(
                  sources(published, logKey, List.of(b, f), OptionalInt.of(1), trust).options())
              .verify(pdf);
      assertThat(either.verdict()).isEqualTo(VerificationResult.Verdict.VALID);

      // A wrong key under the witness's name: its cosignature does not count.
      Witness impostor = Witness.init(dir.resolve("impostor"), "witness.kommun-b.example/w1");
      VerificationResult wrong =
          new CertificateVerifier(
                  sources(
                          published,
                          logKey,
                          List.of(impostor.verifierKey().encoded()),
                          OptionalInt.empty(),
                          trust)
                      .options())
              .verify(pdf);
      assertThat(wrong.verdict()).isEqualTo(VerificationResult.Verdict.INVALID);

      // Contradictions are named: no published log, more required than given, a log key as witness.
      assertThatThrownBy(
              () ->
                  new VerificationSources(
                          Optional.empty(),
                          List.of(trust),
                          List.of(),
                          List.of(),
                          Optional.empty(),
                          Optional.of(logKey),
                          Set.of(),
                          Clock.systemUTC(),
                          List.of(b),
                          OptionalInt.empty())
                      .options())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("--witness");
      assertThatThrownBy(
              () -> sources(published, logKey, List.of(b), OptionalInt.of(2), trust).options())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("--witnesses-required");
      assertThatThrownBy(
              () ->
                  sources(published, logKey, List.of(logKey), OptionalInt.empty(), trust).options())
          .isInstanceOf(InvalidInputException.class);
    }
  }
}

package org.ocnkit.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocnkit.moderation.ModerationFixture.KARIN;
import static org.ocnkit.moderation.ModerationFixture.MARIA;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.erasure.ErasureService;
import org.ocnkit.evidence.ApprenticeErasure;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.AssessmentMethod;

/**
 * Erasing an apprentice redacts their name from the reason their unit's sign-off was withdrawn
 * (evidence's record of a rejection), as it does from their evidence text.
 */
class RejectionErasureTest {
  @TempDir Path dir;

  @OnEveryEngine
  void theWithdrawalReasonLosesTheApprenticesName(Engine engine) {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock)) {
      ModerationFixture f = new ModerationFixture(ws, clock, dir);
      Enrolment e = f.achieved(f.unit1, KARIN, AssessmentMethod.OBSERVATION);
      ModerationRecords.record(
          ws.store(),
          "maria",
          new NewOutcome(
              e.id(),
              MARIA,
              Verdict.REJECT,
              "Deltagare Eka visade bara ett kundmöte; observera två till."));

      // The whole erasure, as `ocn apprentice erase` runs it: moderation owns the withdrawal table.
      new ErasureService(ws).erase("coordinator", e.apprentice(), false);

      String reason =
          ws.store()
              .read(
                  tx ->
                      tx.queryOne(
                          "SELECT reason FROM enrolment_signoff_withdrawal",
                          row -> row.getString("reason")))
              .orElseThrow();
      assertThat(reason)
          .isEqualTo(ApprenticeErasure.MARKER + " visade bara ett kundmöte; observera två till.");
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }
}

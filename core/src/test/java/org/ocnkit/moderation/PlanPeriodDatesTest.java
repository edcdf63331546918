package org.ocnkit.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.OcnkitException;
import org.ocnkit.RefusedException;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * A sample plan's period keeps the date rules (issue 15 §4): it ends on or before today and starts
 * in 2000 or later; a period that keeps them gets as far as looking for sign-offs. The test clock's
 * today is 2025-03-03.
 */
class PlanPeriodDatesTest {
  @TempDir Path dir;

  private static OcnkitException draw(Workspace ws, String period) {
    return catchThrowableOfType(
        () ->
            ModerationPlans.draw(
                ws,
                "maria",
                new PlanRequest(Optional.of(PlanPeriod.parse(period)), OptionalLong.empty())),
        OcnkitException.class);
  }

  private static String key(OcnkitException e) {
    return e.problems().get(0).message().key();
  }

  @OnEveryEngine
  void aPeriodFromBefore2000OrEndingAfterTodayIsRefusedNamingTheRule(Engine engine) {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      OcnkitException farPast = draw(ws, "1999-12-31..2025-03-03");
      assertThat(farPast).isInstanceOf(InvalidInputException.class);
      assertThat(key(farPast)).isEqualTo("plan.farPast");
      assertThat(farPast.describe(Locale.ENGLISH))
          .contains("1999-12-31..2025-03-03", "2000-01-01", "rule: no periods from the far past");
      assertThat(farPast.describe(Message.SWEDISH))
          .contains("1999-12-31..2025-03-03", "regel: inga perioder fr\u00e5n l\u00e4ngesedan");

      OcnkitException tomorrow = draw(ws, "2025-01-01..2025-03-04");
      assertThat(tomorrow).isInstanceOf(InvalidInputException.class);
      assertThat(key(tomorrow)).isEqualTo("plan.future");
      assertThat(tomorrow.describe(Locale.ENGLISH))
          .contains("rule: no periods ending in the" + " future");

      OcnkitException accepted = draw(ws, "2000-01-01..2025-03-03");
      assertThat(accepted)
          .as("the dates pass; the workspace has nothing to draw")
          .isInstanceOf(RefusedException.class);
      assertThat(key(accepted)).isEqualTo("plan.empty");
      assertThat(key(draw(ws, "2025-03-04..2025-03-01"))).isEqualTo("period.reversed");
      long plans = ws.store().read(tx -> tx.queryLong("SELECT count(*) FROM moderation_plan"));
      assertThat(plans).isZero();
    }
  }
}

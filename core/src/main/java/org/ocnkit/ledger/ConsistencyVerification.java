package org.ocnkit.ledger;

import java.util.List;
import java.util.Objects;

/**
 * The result of checking a checkpoint someone holds (the one embedded in a certificate) against the
 * checkpoint a log publishes: both signed by the pinned log key, and the published tree grown from
 * the held one by appending only.
 *
 * @param published whether the published checkpoint is signed by the pinned key
 * @param held whether the held checkpoint is signed by the pinned key
 * @param consistency whether the consistency proof from the held size to the published size
 *     verifies between the two roots
 */
public record ConsistencyVerification(LogCheck published, LogCheck held, LogCheck consistency) {
  public ConsistencyVerification {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(held, "held");
    Objects.requireNonNull(consistency, "consistency");
  }

  /** All three checks passed. */
  public boolean passed() {
    return published.passed() && held.passed() && consistency.passed();
  }

  /** The three checks, in the order of the components. */
  public List<LogCheck> checks() {
    return List.of(published, held, consistency);
  }
}

package org.ocnkit.ledger;

import java.util.List;
import java.util.Objects;

/**
 * The result of verifying a {@link ProofBundle}: the checkpoint check (its origin is the pinned
 * key's name and the key's signature verifies) and the inclusion check (the proof leads from the
 * fingerprint to the checkpoint's root), each with its reason.
 *
 * @param checkpoint whether the checkpoint is signed by the pinned log key
 * @param inclusion whether the fingerprint is in the checkpoint's tree
 */
public record BundleVerification(LogCheck checkpoint, LogCheck inclusion) {
  public BundleVerification {
    Objects.requireNonNull(checkpoint, "checkpoint");
    Objects.requireNonNull(inclusion, "inclusion");
  }

  /** Both checks passed: the fingerprint is in the log, on the log key's word. */
  public boolean passed() {
    return checkpoint.passed() && inclusion.passed();
  }

  /** The two checks, checkpoint first. */
  public List<LogCheck> checks() {
    return List.of(checkpoint, inclusion);
  }
}

package org.ocnkit.certificate.internal;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The named moments of an issuing run ({@code stage → commit → publish}), and a seam through which
 * a crash test learns that a run reached one, to kill the process exactly there.
 *
 * <p>The shipped {@code ocn} never installs an observer: no option, environment variable or system
 * property reaches {@link #observe}; only code a test puts on the class path calls it. A user
 * therefore cannot make {@code ocn} pause while it holds the write lock.
 */
public final class IssueStages {
  /** A moment of an issuing run, in the order they happen. */
  public enum Stage {
    /** The first certificate's signed PDF is in the staging folder; nothing is committed. */
    FIRST_STAGED,
    /** Every PDF is staged; the transaction is about to commit. */
    ALL_STAGED,
    /** The register, log, checkpoint and audit events are committed; no PDF is in place yet. */
    COMMITTED,
    /** The first PDF is in place, the others are still in staging. */
    FIRST_PUBLISHED
  }

  private static volatile Consumer<Stage> observer = stage -> {};

  private IssueStages() {}

  /** Tells the observer that a run reached {@code stage}. */
  public static void reached(Stage stage) {
    observer.accept(stage);
  }

  /** For tests only: {@code listener} is told of every stage any run in this process reaches. */
  public static void observe(Consumer<Stage> listener) {
    observer = Objects.requireNonNull(listener, "listener");
  }
}

package org.ocnkit.ledger;

import org.ocnkit.OcnkitException;

/** Reading the reasons out of a user-facing failure in tests. */
final class Problems {
  private Problems() {}

  /** The message key of the first problem of {@code failure}, an {@link OcnkitException}. */
  static String firstKey(Throwable failure) {
    return ((OcnkitException) failure).problems().get(0).message().key();
  }

  /** The location of the first problem of {@code failure}. */
  static String firstLocation(Throwable failure) {
    return ((OcnkitException) failure).problems().get(0).location();
  }
}

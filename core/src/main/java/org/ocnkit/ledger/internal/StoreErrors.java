package org.ocnkit.ledger.internal;

import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.ledger.LogStore;
import org.ocnkit.ledger.NodeId;

/** The failures of a log store whose content is incomplete: the database lost or hid rows. */
final class StoreErrors {
  private StoreErrors() {}

  static EnvironmentException missingNode(NodeId node) {
    return new EnvironmentException(
        Message.of(LogStore.class, "store.missingNode", node.toString()));
  }

  static EnvironmentException missingEntry(long index) {
    return new EnvironmentException(
        Message.of(LogStore.class, "store.missingEntry", String.valueOf(index)));
  }
}

package org.ocnkit.ledger;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link TransparencyLog#publish} wrote.
 *
 * @param directory the published folder
 * @param treeHead the size and root of the published checkpoint
 * @param tilesWritten hash tiles written now (tiles already there are immutable and kept)
 * @param bundlesWritten entry bundles written now
 */
public record PublishResult(
    Path directory, TreeHead treeHead, int tilesWritten, int bundlesWritten) {
  public PublishResult {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(treeHead, "treeHead");
  }
}

package org.ocnkit.evidence;

import java.util.Objects;

/**
 * A file attached to an evidence item, stored by content in the workspace's {@code evidence/}
 * folder.
 *
 * @param name the file name as attached (replaced by a neutral name when the apprentice's personal
 *     data is erased)
 */
public record AttachedFile(
    long attachmentId, String sha256, String name, String mediaType, long sizeBytes) {
  public AttachedFile {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mediaType, "mediaType");
  }
}

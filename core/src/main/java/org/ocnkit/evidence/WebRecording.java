package org.ocnkit.evidence;

import java.util.Objects;

/**
 * An observation recorded through the web form.
 *
 * @param repeated true when this submission had been recorded before (a double tap, a resent
 *     request): {@code item} is the item recorded then, and nothing new was written
 */
public record WebRecording(EvidenceItem item, boolean repeated) {
  public WebRecording {
    Objects.requireNonNull(item, "item");
  }
}

package org.ocnkit.evidence;

import java.util.Objects;
import org.ocnkit.learner.ApprenticeId;

/**
 * What erasing an apprentice's personal data changed besides the identity itself.
 *
 * @param evidenceItemsRedacted evidence items whose description or correction reason named the
 *     apprentice and now holds {@link ApprenticeErasure#MARKER} instead
 * @param attachmentsRenamed attachment rows whose file name was replaced by a neutral one
 */
public record ErasureReport(
    ApprenticeId apprentice, int evidenceItemsRedacted, int attachmentsRenamed) {
  public ErasureReport {
    Objects.requireNonNull(apprentice, "apprentice");
  }
}

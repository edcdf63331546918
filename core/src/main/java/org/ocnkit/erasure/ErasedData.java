package org.ocnkit.erasure;

import java.util.Objects;
import org.ocnkit.learner.ApprenticeId;

/**
 * What erasing an apprentice's personal data changed besides the identity itself. Counts only:
 * nothing here holds what was erased.
 *
 * @param evidenceItems evidence items whose description or correction reason named them
 * @param attachments attachments whose file name was replaced by a neutral one
 * @param otherTexts other free text that named them: sign-off withdrawal reasons are counted with
 *     the evidence; these are moderators' comments, certificate revocation reasons and outcome
 *     correction reasons
 */
public record ErasedData(ApprenticeId apprentice, int evidenceItems, int attachments,
    int otherTexts) {
  public ErasedData {
    Objects.requireNonNull(apprentice, "apprentice");
  }
}

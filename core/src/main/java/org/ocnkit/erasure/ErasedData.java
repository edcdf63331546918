package org.ocnkit.erasure;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.store.OldCopies;

/**
 * What erasing an apprentice's personal data changed besides the identity itself. Counts and file
 * names only: nothing here holds what was erased.
 *
 * @param evidenceItems evidence items whose description or correction reason named them
 * @param attachments attachments whose file name was replaced by a neutral one
 * @param otherTexts other free text that named them: sign-off withdrawal reasons are counted with
 *     the evidence; these are moderators' comments, certificate revocation reasons and outcome
 *     correction reasons
 * @param oldCopies what was done so that the database's files no longer hold the erased values, and
 *     what is left to the database administrator
 * @param namingFiles the workspace's own files (outside the database, keys and evidence store)
 *     whose content named the person when the erasure began: certificates, workbooks, progress
 *     reports made with names; relative to the workspace folder, sorted
 * @param filesRemoved whether those files were deleted
 */
public record ErasedData(
    ApprenticeId apprentice,
    int evidenceItems,
    int attachments,
    int otherTexts,
    OldCopies oldCopies,
    List<Path> namingFiles,
    boolean filesRemoved) {
  public ErasedData {
    Objects.requireNonNull(apprentice, "apprentice");
    Objects.requireNonNull(oldCopies, "oldCopies");
    namingFiles = List.copyOf(namingFiles);
  }
}

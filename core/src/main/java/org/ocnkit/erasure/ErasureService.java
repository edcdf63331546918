package org.ocnkit.erasure;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.store.FileWork;
import org.ocnkit.store.Workspace;

/**
 * The erasure of personal data in one open workspace ({@code Ocnkit.erase}, {@code ocn apprentice
 * erase}): what {@link PersonalDataErasure} describes, each call in its own transaction; failures
 * are {@link org.ocnkit.OcnkitException}s.
 */
public final class ErasureService {
  private final Workspace workspace;

  public ErasureService(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  /**
   * Erases an apprentice's personal data from every record that holds it and removes old copies
   * from the database's files; keeps the id and the evidence.
   *
   * @param removeFiles also delete the workspace's own files that name the person
   * @throws org.ocnkit.RefusedException when it was already erased
   * @throws org.ocnkit.InvalidInputException when there is no such apprentice
   */
  public ErasedData erase(String actor, ApprenticeId apprentice, boolean removeFiles) {
    return FileWork.run(
        workspace.dir(),
        () -> PersonalDataErasure.erase(workspace, actor, apprentice, removeFiles));
  }

  /**
   * The workspace's own files that name the apprentice: what {@link #erase} with {@code
   * removeFiles} would delete.
   *
   * @throws org.ocnkit.InvalidInputException when there is no such apprentice
   */
  public List<Path> filesNaming(ApprenticeId apprentice) {
    return PersonalDataErasure.filesNaming(workspace, apprentice);
  }
}

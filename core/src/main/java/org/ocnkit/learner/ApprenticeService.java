package org.ocnkit.learner;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.store.FileWork;
import org.ocnkit.store.Workspace;

/**
 * The apprentices (participants) of one open workspace ({@code Ocnkit.apprentices()}): add them one
 * by one or from a roster, list and find them. Erasing personal data is {@code Ocnkit.erase}, which
 * reaches every layer that holds it. Each method runs its own transaction; failures are {@link
 * org.ocnkit.OcnkitException}s.
 */
public final class ApprenticeService {
  private final Workspace workspace;

  public ApprenticeService(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  /** Adds one apprentice; {@link org.ocnkit.InvalidInputException} names every rule broken. */
  public Apprentice add(String actor, NewApprentice apprentice) {
    return Apprentices.add(workspace, actor, apprentice);
  }

  /** Adds every apprentice of a roster (CSV or xlsx), all or nothing. */
  public RosterImport importRoster(String actor, Path file) {
    return FileWork.run(
        file,
        () -> Apprentices.importRoster(workspace, actor, file, String.valueOf(file.getFileName())));
  }

  /**
   * {@link #importRoster(String, Path)} naming the file {@code source} in messages (as the user
   * typed it, for example).
   */
  public RosterImport importRoster(String actor, Path file, String source) {
    return FileWork.run(file, () -> Apprentices.importRoster(workspace, actor, file, source));
  }

  /** Every apprentice, by id. */
  public List<Apprentice> list() {
    return Apprentices.list(workspace.store());
  }

  /** The apprentice, or {@link org.ocnkit.InvalidInputException} when there is none. */
  public Apprentice get(ApprenticeId id) {
    return Apprentices.require(workspace.store(), id);
  }

  /** The apprentice with this personal identity number, if one was recorded with it. */
  public Optional<Apprentice> findByPersonalNumber(String number) {
    return Apprentices.findByPersonalNumber(workspace, number);
  }
}

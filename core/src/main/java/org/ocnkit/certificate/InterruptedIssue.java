package org.ocnkit.certificate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ocnkit.Message;

/**
 * What {@link CertificateService#finishInterrupted} found of issuing runs that were interrupted (a
 * kill, a power cut) and how it finished them.
 *
 * @param published certificates the interrupted run had committed (register, log, audit) but not
 *     yet moved into place: now in place at these paths
 * @param removed files of runs that never committed (no register entry, no log entry): removed from
 *     staging; these paths were never written
 */
public record InterruptedIssue(List<Path> published, List<Path> removed) {
  public InterruptedIssue {
    published = List.copyOf(published);
    removed = List.copyOf(removed);
  }

  /** Whether an interrupted run left anything. */
  public boolean found() {
    return !published.isEmpty() || !removed.isEmpty();
  }

  /** One line per kind of finding, for the user; none when nothing was found. */
  public List<Message> messages() {
    List<Message> out = new ArrayList<>();
    if (!published.isEmpty()) {
      out.add(
          Message.of(
              InterruptedIssue.class,
              "staging.published",
              String.valueOf(published.size()),
              join(published)));
    }
    if (!removed.isEmpty()) {
      out.add(
          Message.of(
              InterruptedIssue.class,
              "staging.removed",
              String.valueOf(removed.size()),
              join(removed)));
    }
    return out;
  }

  private static String join(List<Path> paths) {
    return String.join(", ", paths.stream().map(Path::toString).toList());
  }
}

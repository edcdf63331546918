package org.ocnkit.certificate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.internal.AtomicFiles;
import org.ocnkit.certificate.internal.IssueStages;
import org.ocnkit.certificate.internal.IssueStages.Stage;
import org.ocnkit.store.Workspace;

/**
 * The staging folder of one issuing run, and the recovery of runs that were interrupted.
 *
 * <p>Issuing goes in three stages, so that a kill at any moment leaves either nothing or a
 * complete, committed certificate: <b>stage</b> (render and sign every PDF into {@code
 * <workspace>/staging/issue-<id>/}, noting in its {@code manifest} each file's fingerprint and
 * destination), <b>commit</b> (register, log, checkpoint and audit events in one transaction),
 * <b>publish</b> (move each PDF to its destination). Before the commit nothing in {@code out/}
 * changed; after it the register and the log hold every certificate, and the manifest says where
 * each file goes. A run holds a lock on its folder's {@code lock} file while it lives (the
 * operating system drops it when the process dies), so {@link #recover} leaves live runs alone.
 */
final class IssueStaging implements AutoCloseable {
  /** The workspace folder that holds the staging folders. */
  static final String FOLDER = "staging";

  private static final String PREFIX = "issue-";
  private static final String MANIFEST = "manifest";
  private static final String LOCK = "lock";

  private final Path dir;
  private final FileChannel lockChannel;
  private final List<Entry> entries = new ArrayList<>();
  private boolean keep;

  /** One staged certificate: its fingerprint, its file in staging and its destination. */
  private record Entry(String fingerprint, Path staged, Path target) {}

  private IssueStaging(Path dir, FileChannel lockChannel) {
    this.dir = dir;
    this.lockChannel = lockChannel;
  }

  /** A new staging folder in {@code workspace}, locked for this run. */
  static IssueStaging open(Workspace workspace) {
    Path dir = workspace.dir().resolve(FOLDER).resolve(PREFIX + UUID.randomUUID());
    FileChannel channel = null;
    try {
      Files.createDirectories(dir);
      channel =
          FileChannel.open(
              dir.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      if (channel.tryLock() == null) {
        throw new IOException("cannot lock " + dir.resolve(LOCK));
      }
      return new IssueStaging(dir, channel);
    } catch (IOException e) {
      closeQuietly(channel);
      deleteTree(dir);
      throw cannotWrite(dir, e);
    }
  }

  /**
   * Writes the signed PDF of the certificate with {@code fingerprint} into staging and notes its
   * destination. Refused when {@code target} exists already: an issued certificate is never
   * overwritten, and the refusal comes before anything is committed.
   */
  void stage(String fingerprint, Path target, byte[] pdf) {
    Path destination = target.toAbsolutePath().normalize();
    if (Files.exists(destination)
        || entries.stream().anyMatch(e -> e.target().equals(destination))) {
      throw new RefusedException(
          Message.of(CertificateIssuer.class, "file.exists", destination.toString()));
    }
    Path staged = dir.resolve(entries.size() + "-" + destination.getFileName());
    try {
      writeDurably(staged, pdf, StandardOpenOption.CREATE_NEW);
      writeDurably(
          dir.resolve(MANIFEST),
          (fingerprint + "\t" + staged.getFileName() + "\t" + destination + "\n")
              .getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw cannotWrite(staged, e);
    }
    entries.add(new Entry(fingerprint, staged, destination));
    if (entries.size() == 1) {
      IssueStages.reached(Stage.FIRST_STAGED);
    }
  }

  /**
   * Moves every staged file into place; call only after the commit. A file that cannot be moved
   * stays in staging, where the next issuing run finds and moves it.
   *
   * @throws EnvironmentException when a file cannot be moved; the certificates are committed
   */
  void publish() {
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      try {
        moveIntoPlace(entry.staged(), entry.target());
      } catch (IOException e) {
        throw new EnvironmentException(
            Message.of(
                CertificateIssuer.class,
                "staging.publishFailed",
                entry.target().toString(),
                dir.toString(),
                String.valueOf(e.getMessage())),
            e);
      }
      if (i == 0) {
        IssueStages.reached(Stage.FIRST_PUBLISHED);
      }
    }
  }

  /** Keeps the folder on {@link #close}: what could not be published waits for recovery. */
  void keep() {
    keep = true;
  }

  /**
   * Drops the lock and removes the staging folder with what it holds (after publishing, or when
   * nothing was committed), unless {@link #keep} was called.
   */
  @Override
  public void close() {
    closeQuietly(lockChannel);
    if (!keep) {
      deleteTree(dir);
    }
  }

  /**
   * Finishes what interrupted runs left in {@code workspace}'s staging folders: a staged
   * certificate the register holds (the run committed) is moved into place; one it does not hold
   * (the run never committed: no register entry, no log entry, no audit event) is removed. Folders
   * of runs still alive are left alone.
   */
  static InterruptedIssue recover(Workspace workspace) {
    Path root = workspace.dir().resolve(FOLDER);
    List<Path> published = new ArrayList<>();
    List<Path> removed = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return new InterruptedIssue(published, removed);
    }
    List<Path> runs = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(root, PREFIX + "*")) {
      stream.forEach(runs::add);
    } catch (IOException e) {
      throw cannotWrite(root, e);
    }
    runs.sort(Comparator.naturalOrder());
    for (Path run : runs) {
      recoverRun(workspace, run, published, removed);
    }
    return new InterruptedIssue(published, removed);
  }

  private static void recoverRun(
      Workspace workspace, Path run, List<Path> published, List<Path> removed) {
    try (FileChannel channel =
        FileChannel.open(run.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        return; // a run in this very process
      }
      if (lock == null) {
        return; // a run still alive in another process
      }
      List<String> lines =
          Files.exists(run.resolve(MANIFEST))
              ? Files.readAllLines(run.resolve(MANIFEST), StandardCharsets.UTF_8)
              : List.of();
      for (String line : lines) {
        String[] parts = line.split("\t", 3);
        if (parts.length != 3) {
          continue; // a line cut short by the kill: its run never committed
        }
        Path staged = run.resolve(parts[1]);
        Path target = Path.of(parts[2]);
        if (!Files.exists(staged)) {
          continue; // moved into place before the interruption
        }
        if (committed(workspace, parts[0]) && !Files.exists(target)) {
          moveIntoPlace(staged, target);
          published.add(target);
        } else {
          Files.delete(staged);
          removed.add(target);
        }
      }
    } catch (IOException e) {
      throw cannotWrite(run, e);
    }
    deleteTree(run);
  }

  private static boolean committed(Workspace workspace, String fingerprint) {
    return workspace
            .store()
            .read(
                tx ->
                    tx.queryLong(
                        "SELECT count(*) FROM certificate WHERE fingerprint = ?", fingerprint))
        > 0;
  }

  /**
   * Renames {@code staged} to {@code target}; where they lie on different file systems, copies it
   * to a temporary file beside {@code target} first, so that a reader never sees half a file.
   */
  private static void moveIntoPlace(Path staged, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    if (Files.exists(target)) {
      throw new java.nio.file.FileAlreadyExistsException(target.toString());
    }
    try {
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Path temporary =
          Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
      try {
        Files.copy(staged, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        AtomicFiles.deleteQuietly(temporary);
      }
      Files.delete(staged);
    }
  }

  private static void writeDurably(Path file, byte[] content, StandardOpenOption... open)
      throws IOException {
    List<StandardOpenOption> options = new ArrayList<>(List.of(open));
    options.add(StandardOpenOption.WRITE);
    try (FileChannel channel = FileChannel.open(file, options.toArray(new StandardOpenOption[0]))) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(AtomicFiles::deleteQuietly);
    } catch (NoSuchFileException e) {
      // Already gone.
    } catch (IOException e) {
      // Best effort: a folder left behind is cleaned up by the next run's recovery.
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // Closing also drops the lock; nothing else to do.
    }
  }

  private static EnvironmentException cannotWrite(Path file, IOException e) {
    return new EnvironmentException(
        Message.of(
            CertificateIssuer.class,
            "file.cannotWrite",
            file.toString(),
            String.valueOf(e.getMessage())),
        e);
  }
}

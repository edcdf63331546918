package org.ocnkit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file in the
 * same folder (created if missing), which is then moved into place, atomically where the file
 * system can. A failure leaves no temporary file behind. Callers turn the {@link IOException} into
 * their own message naming the file.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes what {@code content} writes to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code file}, replacing it if it exists. */
  public static void replace(Path file, byte[] content) throws IOException {
    replace(file, out -> out.write(content));
  }

  /** Writes {@code file} from a stream, replacing it if it exists. */
  public static void replace(Path file, Content content) throws IOException {
    write(file, content, false, true);
  }

  /**
   * Writes a new file.
   *
   * @param ownerOnly on POSIX file systems, make the file readable by its owner only
   * @throws FileAlreadyExistsException when {@code file} exists
   */
  public static void writeNew(Path file, byte[] content, boolean ownerOnly) throws IOException {
    write(file, out -> out.write(content), ownerOnly, false);
  }

  private static void write(Path file, Content content, boolean ownerOnly, boolean replace)
      throws IOException {
    Path target = file.toAbsolutePath().normalize();
    if (!replace && Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, "." + target.getFileName() + "-", ".tmp");
    try {
      if (ownerOnly && temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      }
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      move(temporary, target, replace);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static void move(Path from, Path to, boolean replace) throws IOException {
    if (replace) {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
      return;
    }
    // Without REPLACE_EXISTING a plain move refuses an existing target; an atomic move may not.
    if (Files.exists(to)) {
      throw new FileAlreadyExistsException(to.toString());
    }
    Files.move(from, to);
  }

  /** Removes {@code file} if it exists; a failure is ignored (best-effort clean-up). */
  public static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Best effort: the caller is already reporting the failure that made this necessary.
    }
  }
}

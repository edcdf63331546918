package org.ocnkit.certificate.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.CertificateIssuer;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file in
 * the same folder, which is then moved into place (atomically where the file system can).
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes a new file; refuses ({@link RefusedException}) when {@code file} exists.
   *
   * @param ownerOnly on POSIX file systems, make the file readable by its owner only
   */
  public static void writeNew(Path file, byte[] content, boolean ownerOnly) {
    write(file, content, ownerOnly, false);
  }

  /** Writes {@code file}, replacing it if it exists. */
  public static void replace(Path file, byte[] content) {
    write(file, content, false, true);
  }

  private static void write(Path file, byte[] content, boolean ownerOnly, boolean replace) {
    Path target = file.toAbsolutePath().normalize();
    if (!replace && Files.exists(target)) {
      throw exists(target);
    }
    Path temporary = null;
    try {
      Path parent = target.getParent();
      Files.createDirectories(parent);
      temporary = Files.createTempFile(parent, "." + target.getFileName() + "-", ".tmp");
      if (ownerOnly && temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      }
      Files.write(temporary, content);
      move(temporary, target, replace);
      temporary = null;
    } catch (FileAlreadyExistsException e) {
      throw exists(target);
    } catch (IOException e) {
      throw new EnvironmentException(Message.of(CertificateIssuer.class, "file.cannotWrite",
          target.toString(), String.valueOf(e.getMessage())), e);
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

  /** Removes {@code file} if it exists; a failure is ignored (best effort clean-up). */
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

  private static RefusedException exists(Path file) {
    return new RefusedException(
        Message.of(CertificateIssuer.class, "file.exists", file.toString()));
  }
}

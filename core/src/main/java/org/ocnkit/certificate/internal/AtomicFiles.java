package org.ocnkit.certificate.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.CertificateIssuer;

/**
 * The certificate package's use of {@link org.ocnkit.io.AtomicFiles}: the same atomic writes, with
 * failures as the certificate package words them (a file that exists is refused, any other failure
 * is the environment's).
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes a new file; refuses ({@link RefusedException}) when {@code file} exists.
   *
   * @param ownerOnly on POSIX file systems, make the file readable by its owner only
   */
  public static void writeNew(Path file, byte[] content, boolean ownerOnly) {
    try {
      org.ocnkit.io.AtomicFiles.writeNew(file, content, ownerOnly);
    } catch (FileAlreadyExistsException e) {
      throw exists(target(file));
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
  }

  /** Writes {@code file}, replacing it if it exists. */
  public static void replace(Path file, byte[] content) {
    try {
      org.ocnkit.io.AtomicFiles.replace(file, content);
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
  }

  /** Removes {@code file} if it exists; a failure is ignored (best effort clean-up). */
  public static void deleteQuietly(Path file) {
    org.ocnkit.io.AtomicFiles.deleteQuietly(file);
  }

  private static Path target(Path file) {
    return file.toAbsolutePath().normalize();
  }

  private static EnvironmentException cannotWrite(Path file, IOException e) {
    return new EnvironmentException(
        Message.of(
            CertificateIssuer.class,
            "file.cannotWrite",
            target(file).toString(),
            String.valueOf(e.getMessage())),
        e);
  }

  private static RefusedException exists(Path file) {
    return new RefusedException(
        Message.of(CertificateIssuer.class, "file.exists", file.toString()));
  }
}

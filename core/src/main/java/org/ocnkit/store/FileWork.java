package org.ocnkit.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;

/**
 * Runs work that reads or writes files for the library's objects ({@code Ocnkit} and the concept
 * objects it hands out), so that a failure of the file system reaches the caller as an {@link
 * EnvironmentException} naming the file and what to do, never as a bare {@link IOException}.
 * Database failures need nothing here: {@link Store#read} and {@link Store#write} already turn them
 * into {@link EnvironmentException}s.
 */
public final class FileWork {
  private FileWork() {}

  /** Work that may fail on a file. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws IOException;
  }

  /**
   * Runs {@code work}; an {@link IOException} or {@link UncheckedIOException} becomes an {@link
   * EnvironmentException} naming {@code file}. Every other exception propagates unchanged.
   *
   * @param file the file or folder read or written, named in the message
   */
  public static <T> T run(Path file, Work<T> work) {
    Objects.requireNonNull(work, "work");
    try {
      return work.run();
    } catch (IOException e) {
      throw failure(file, e);
    } catch (UncheckedIOException e) {
      throw failure(file, e.getCause());
    }
  }

  /** The {@link EnvironmentException} for {@code cause} on {@code file}. */
  public static EnvironmentException failure(Path file, IOException cause) {
    String detail =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new EnvironmentException(
        Message.of(FileWork.class, "file.failed", String.valueOf(file), detail), cause);
  }
}

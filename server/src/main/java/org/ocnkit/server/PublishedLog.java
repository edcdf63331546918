package org.ocnkit.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ocnkit.certificate.CertificateLog;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.ledger.SignedCheckpoint;
import org.ocnkit.ledger.TilePath;

/**
 * The workspace's transparency log as C2SP tlog-tiles, for {@code /log/...}: the core publishes it
 * ({@link CertificateLog#publish}) into a folder the server owns outside the workspace, again
 * whenever the latest signed checkpoint changed (looked at most every few seconds); tiles are
 * immutable, so a republish writes only what is new. The folder is removed at stop.
 */
final class PublishedLog implements AutoCloseable {
  /** A tile, entry bundle or the checkpoint, in the tlog-tiles layout; nothing else is served. */
  private static final Pattern PATH =
      Pattern.compile(
          TilePath.CHECKPOINT + "|tile/(\\d{1,2}|entries)/(x\\d{3}/)*\\d{3}(\\.p/\\d{1,3})?");

  private static final long RECHECK = Duration.ofSeconds(2).toNanos();

  private final CertificateService log;
  private final Path dir;
  private Optional<SignedCheckpoint> published = Optional.empty();
  private long checkedAt;
  private boolean checked;

  PublishedLog(CertificateService certificates) {
    this.log = certificates;
    try {
      this.dir = Files.createTempDirectory("ocn-serve-tiles");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes at {@code path} (relative, tlog-tiles layout), if it is published. */
  synchronized Optional<byte[]> read(String path) {
    if (!PATH.matcher(path).matches()) {
      return Optional.empty();
    }
    refresh();
    Path file = dir.resolve(path).normalize();
    if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void refresh() {
    long now = System.nanoTime();
    if (checked && now - checkedAt < RECHECK) {
      return;
    }
    checked = true;
    checkedAt = now;
    Optional<SignedCheckpoint> latest = log.latestCheckpoint();
    if (latest.isPresent() && !latest.equals(published)) {
      log.publishLog(dir);
      published = latest;
    }
  }

  @Override
  public synchronized void close() {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Best effort: a temporary folder.
    }
  }
}

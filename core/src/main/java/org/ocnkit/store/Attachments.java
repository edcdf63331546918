package org.ocnkit.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.store.internal.AuditCodec;

/**
 * The workspace's attachment store ({@code evidence/}): files named by the SHA-256 of their
 * content, {@code evidence/ab/abcdef...}. Identical content is stored once; a stored file is never
 * changed ({@code audit verify} re-hashes every file the {@code attachment} table refers to).
 *
 * <p>Storing is two steps. {@link #put} copies the content in (durably, atomically, outside any
 * transaction); {@link #record} then inserts an {@code attachment} row in the command's
 * transaction, which the evidence record refers to. If that transaction rolls back, the file stays
 * as an unreferenced, harmless copy.
 */
public final class Attachments {
  /** Bytes per megabyte, as {@code evidence.maxAttachmentMb} counts them. */
  public static final long MEGABYTE = 1024L * 1024L;

  private final Path dir;
  private final long maxBytes;

  Attachments(Path dir, long maxBytes) {
    this.dir = dir;
    this.maxBytes = maxBytes;
  }

  /** The {@code evidence/} folder. */
  public Path dir() {
    return dir;
  }

  /** The workspace's size limit for one attachment ({@code evidence.maxAttachmentMb}). */
  public long maxBytes() {
    return maxBytes;
  }

  /** Stores a file under the workspace's size limit. */
  public StoredBlob put(Path file) {
    return put(file, maxBytes);
  }

  /**
   * Stores a file's content.
   *
   * @throws InvalidInputException when the file cannot be read or is larger than {@code maxBytes}
   * @throws EnvironmentException when the evidence folder cannot be written
   */
  public StoredBlob put(Path file, long maxBytes) {
    try (InputStream in = Files.newInputStream(file)) {
      return put(in, file.toString(), maxBytes);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          new Problem(file.toString(), Message.of(Attachments.class, "attachment.noSuchFile")), e);
    } catch (IOException e) {
      throw unreadable(file.toString(), e);
    }
  }

  /**
   * Stores the content of a stream (not closed here).
   *
   * @param source how the user knows the content (a file name), for messages
   */
  public StoredBlob put(InputStream in, String source, long maxBytes) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes cannot be negative");
    }
    Path temp;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, ".incoming-", ".tmp");
    } catch (IOException e) {
      throw cannotStore(e);
    }
    try {
      MessageDigest sha = AuditCodec.sha256();
      long size = 0;
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = read(in, buffer, source)) > 0) {
          size += n;
          if (size > maxBytes) {
            throw new InvalidInputException(new Problem(source,
                Message.of(Attachments.class, "attachment.tooLarge", megabytes(maxBytes))));
          }
          sha.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
        out.flush();
        channel.force(true);
      }
      StoredBlob blob = new StoredBlob(HexFormat.of().formatHex(sha.digest()), size);
      Path target = path(blob.sha256());
      if (Files.exists(target)) {
        Files.delete(temp);
      } else {
        Files.createDirectories(target.getParent());
        move(temp, target);
        target.toFile().setReadOnly();
        syncFolder(target.getParent());
      }
      return blob;
    } catch (IOException e) {
      deleteQuietly(temp);
      throw cannotStore(e);
    } catch (RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  /** Whether content with this SHA-256 is stored. */
  public boolean contains(String sha256) {
    return Files.isRegularFile(path(sha256));
  }

  /** Where content with this SHA-256 is (or would be) stored. */
  public Path path(String sha256) {
    StoredBlob.requireSha256(sha256);
    return dir.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  /**
   * Opens stored content for reading.
   *
   * @throws EnvironmentException when the file is missing from the evidence folder
   */
  public InputStream open(String sha256) {
    Path file = path(sha256);
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new EnvironmentException(
          Message.of(Attachments.class, "attachment.missing", sha256, dir), e);
    }
  }

  /**
   * Records stored content as an attachment in {@code tx}: inserts an {@code attachment} row
   * (audited, action {@code attachment.add}) and returns its id, which evidence records refer to.
   *
   * @param mediaType such as {@code image/jpeg} or {@code application/pdf}
   * @param originalName the file name the user gave, for display
   * @throws IllegalArgumentException when the content was not {@link #put} first
   */
  public long record(Tx tx, StoredBlob blob, String mediaType, String originalName)
      throws SQLException {
    if (!contains(blob.sha256())) {
      throw new IllegalArgumentException("put the content before recording it: " + blob.sha256());
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("sha256", blob.sha256());
    row.put("size_bytes", blob.sizeBytes());
    row.put("media_type", Objects.requireNonNull(mediaType, "mediaType"));
    row.put("original_name", Objects.requireNonNull(originalName, "originalName"));
    row.put("created_at", tx.now());
    return tx.insert("attachment", row, "attachment.add");
  }

  /** The SHA-256 of a stored file as it is now, for verification. */
  static String hashOf(Path file) throws IOException {
    MessageDigest sha = AuditCodec.sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        sha.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static int read(InputStream in, byte[] buffer, String source) {
    try {
      return in.read(buffer);
    } catch (IOException e) {
      throw unreadable(source, e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some systems (Windows) cannot open a folder; the file itself is already synced.
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover temporary file in evidence/ is harmless.
    }
  }

  private static String megabytes(long bytes) {
    return new BigDecimal(bytes).divide(new BigDecimal(MEGABYTE)).stripTrailingZeros()
        .toPlainString();
  }

  private static InvalidInputException unreadable(String source, IOException e) {
    return new InvalidInputException(
        new Problem(source, Message.of(Attachments.class, "attachment.unreadable",
            String.valueOf(e.getMessage()))), e);
  }

  private EnvironmentException cannotStore(IOException e) {
    return new EnvironmentException(
        Message.of(Attachments.class, "attachment.cannotStore", dir, String.valueOf(e.getMessage())),
        e);
  }
}

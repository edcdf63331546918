package org.ocnkit.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.io.Sha256;
import org.ocnkit.store.internal.AuditCodec;
import org.ocnkit.store.internal.Database;

/**
 * The workspace's attachment store, content-addressed by SHA-256. Where the content lives depends
 * on the database:
 *
 * <ul>
 *   <li>SQLite (one computer): files in the workspace's {@code evidence/} folder, {@code
 *       evidence/ab/abcdef...};
 *   <li>PostgreSQL (a workspace shared by several desks): rows of the {@code attachment_content}
 *       table, so that every desk sees every attachment and one {@code pg_dump} backs them up.
 * </ul>
 *
 * <p>Identical content is stored once; stored content is never changed ({@code audit verify}
 * re-hashes the content of every {@code attachment} row, wherever it lives).
 *
 * <p>Storing is two steps. {@link #put} stores the content (durably, outside any transaction);
 * {@link #record} then inserts an {@code attachment} row in the command's transaction, which the
 * evidence record refers to. If that transaction rolls back, the content stays as an unreferenced,
 * harmless copy.
 *
 * <p>Why not an S3-compatible object store: one attachment is at most {@code
 * evidence.maxAttachmentMb} (50 MB by default, at most {@value #MAX_DATABASE_MB} MB on PostgreSQL),
 * and a programme's evidence is photos and scanned documents, gigabytes at most. In the database it
 * shares the records' access control, transactions and backup ({@code pg_dump}); an object store
 * would add a second service, a second set of credentials on every desk and a second backup that
 * must be kept consistent with the first.
 */
public final class Attachments {
  /** Bytes per megabyte, as {@code evidence.maxAttachmentMb} counts them. */
  public static final long MEGABYTE = 1024L * 1024L;

  /** The largest {@code evidence.maxAttachmentMb} a PostgreSQL workspace accepts. */
  public static final int MAX_DATABASE_MB = 512;

  private final Path dir;
  private final long maxBytes;

  /** The database holding the content (PostgreSQL), or empty for the {@code evidence/} folder. */
  private final Optional<Database> database;

  Attachments(Path dir, long maxBytes, Optional<Database> database) {
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.database = database;
  }

  /**
   * The {@code evidence/} folder (SQLite workspaces; unused when the content is in the database).
   */
  public Path dir() {
    return dir;
  }

  /** Whether the content lives in the database ({@code attachment_content}), not in files. */
  public boolean inDatabase() {
    return database.isPresent();
  }

  /** Where the content lives, for messages: the folder, or the table in the database. */
  public String location() {
    return database.map(db -> "attachment_content @ " + db.description()).orElse(dir.toString());
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
    org.ocnkit.input.InputLimits.checkRegularFile(file, file.toString());
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
      if (database.isPresent()) {
        temp = Files.createTempFile("ocnkit-attachment-", ".tmp", ownerOnly());
      } else {
        Files.createDirectories(dir);
        temp = Files.createTempFile(dir, ".incoming-", ".tmp");
      }
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
            throw new InvalidInputException(
                new Problem(
                    source,
                    Message.of(Attachments.class, "attachment.tooLarge", megabytes(maxBytes))));
          }
          sha.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
        out.flush();
        channel.force(true);
      }
      StoredBlob blob = new StoredBlob(HexFormat.of().formatHex(sha.digest()), size);
      if (database.isPresent()) {
        insert(database.get(), blob, temp);
        Files.delete(temp);
        return blob;
      }
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
    StoredBlob.requireSha256(sha256);
    if (database.isEmpty()) {
      return Files.isRegularFile(path(sha256));
    }
    try (Connection c = database.get().connect();
        PreparedStatement ps =
            c.prepareStatement("SELECT 1 FROM attachment_content WHERE sha256 = ?")) {
      ps.setString(1, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw cannotRead(e);
    }
  }

  /**
   * Where content with this SHA-256 is (or would be) stored in the {@code evidence/} folder.
   *
   * @throws IllegalStateException when the content lives in the database ({@link #inDatabase})
   */
  public Path path(String sha256) {
    StoredBlob.requireSha256(sha256);
    if (database.isPresent()) {
      throw new IllegalStateException("attachments of this workspace live in the database");
    }
    return dir.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  /**
   * Opens stored content for reading.
   *
   * @throws EnvironmentException when the content is missing from the store
   */
  public InputStream open(String sha256) {
    StoredBlob.requireSha256(sha256);
    if (database.isPresent()) {
      try (Connection c = database.get().connect();
          PreparedStatement ps =
              c.prepareStatement("SELECT content FROM attachment_content WHERE sha256 = ?")) {
        ps.setString(1, sha256);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new EnvironmentException(
                Message.of(Attachments.class, "attachment.missing", sha256, location()));
          }
          return new ByteArrayInputStream(rs.getBytes(1));
        }
      } catch (SQLException e) {
        throw cannotRead(e);
      }
    }
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
    boolean stored =
        database.isPresent()
            ? tx.queryOne(
                    "SELECT size_bytes FROM attachment_content WHERE sha256 = ?",
                    row -> row.getLong("size_bytes"),
                    blob.sha256())
                .isPresent()
            : contains(blob.sha256());
    if (!stored) {
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

  /**
   * Changes the name an attachment is shown by (the content and its hash stay), audited as {@code
   * action}: for an erasure that replaces a name that may identify a person.
   */
  public static void rename(Tx tx, long attachmentId, String shownName, String action)
      throws SQLException {
    tx.update(
        "attachment",
        attachmentId,
        Map.of("original_name", Objects.requireNonNull(shownName, "shownName")),
        action);
  }

  /**
   * Checks stored content against what an {@code attachment} row says, in the verifying read
   * transaction.
   *
   * @return empty when the content is there with this size and SHA-256; else what is wrong
   */
  Optional<AuditFinding.Kind> verify(ReadTx tx, String sha256, long size) {
    if (!StoredBlob.isSha256(sha256)) {
      return Optional.of(AuditFinding.Kind.ATTACHMENT_MISSING);
    }
    if (database.isEmpty()) {
      Path file = path(sha256);
      if (!Files.isRegularFile(file)) {
        return Optional.of(AuditFinding.Kind.ATTACHMENT_MISSING);
      }
      try {
        boolean same = Files.size(file) == size && hashOf(file).equals(sha256);
        return same ? Optional.empty() : Optional.of(AuditFinding.Kind.ATTACHMENT_ALTERED);
      } catch (IOException e) {
        return Optional.of(AuditFinding.Kind.ATTACHMENT_MISSING);
      }
    }
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement("SELECT content FROM attachment_content WHERE sha256 = ?")) {
      ps.setString(1, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.of(AuditFinding.Kind.ATTACHMENT_MISSING);
        }
        MessageDigest sha = AuditCodec.sha256();
        long length = 0;
        try (InputStream in = rs.getBinaryStream(1)) {
          byte[] buffer = new byte[64 * 1024];
          int n;
          while ((n = in.read(buffer)) > 0) {
            sha.update(buffer, 0, n);
            length += n;
          }
        }
        boolean same = length == size && HexFormat.of().formatHex(sha.digest()).equals(sha256);
        return same ? Optional.empty() : Optional.of(AuditFinding.Kind.ATTACHMENT_ALTERED);
      }
    } catch (SQLException | IOException e) {
      throw new EnvironmentException(
          Message.of(
              Attachments.class,
              "attachment.cannotRead",
              location(),
              String.valueOf(e.getMessage())),
          e);
    }
  }

  /**
   * Inserts content into {@code attachment_content} in a transaction of its own (outside the
   * command's, like a file in {@code evidence/}); content already there is kept as it is.
   */
  private void insert(Database db, StoredBlob blob, Path content) throws IOException {
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO attachment_content (sha256, size_bytes, content) VALUES (?, ?, ?)"
                    + " ON CONFLICT (sha256) DO NOTHING");
        InputStream in = Files.newInputStream(content)) {
      ps.setString(1, blob.sha256());
      ps.setLong(2, blob.sizeBytes());
      ps.setBinaryStream(3, in, blob.sizeBytes());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new EnvironmentException(
          Message.of(
              Attachments.class,
              "attachment.cannotStore",
              location(),
              String.valueOf(e.getMessage())),
          e);
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new FileAttribute<?>[0];
  }

  private EnvironmentException cannotRead(SQLException e) {
    return new EnvironmentException(
        Message.of(
            Attachments.class, "attachment.cannotRead", location(), String.valueOf(e.getMessage())),
        e);
  }

  /** The SHA-256 of a stored file as it is now, for verification. */
  static String hashOf(Path file) throws IOException {
    return Sha256.hexOf(file);
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
    return new BigDecimal(bytes)
        .divide(new BigDecimal(MEGABYTE))
        .stripTrailingZeros()
        .toPlainString();
  }

  private static InvalidInputException unreadable(String source, IOException e) {
    return new InvalidInputException(
        new Problem(
            source,
            Message.of(Attachments.class, "attachment.unreadable", String.valueOf(e.getMessage()))),
        e);
  }

  private EnvironmentException cannotStore(IOException e) {
    return new EnvironmentException(
        Message.of(
            Attachments.class,
            "attachment.cannotStore",
            location(),
            String.valueOf(e.getMessage())),
        e);
  }
}

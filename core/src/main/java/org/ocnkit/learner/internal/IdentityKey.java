package org.ocnkit.learner.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.learner.PersonalIdentityNumber;
import org.ocnkit.store.SharedKeys;
import org.ocnkit.store.Workspace;

/**
 * The workspace's secret key for hashing personal identity numbers: 32 random bytes, created on
 * first use. A SQLite workspace keeps it in {@code keys/identity-hmac.key}, readable by the owner
 * only; a shared PostgreSQL workspace keeps it in the database, wrapped under the programme secret
 * ({@link SharedKeys}), so that every desk hashes a number the same way and finds it again. The
 * keyed hash (HMAC-SHA256) lets ocnkit find a person again by their number without storing the
 * number; without the key, the hash cannot be reversed by trying every possible number. Back the
 * key up with the workspace: without it, numbers recorded before cannot be matched again.
 */
public final class IdentityKey {
  /** The key file's name in the workspace's {@code keys/} folder. */
  public static final String FILE = "identity-hmac.key";

  /** The key's name among a shared workspace's {@link SharedKeys}. */
  public static final String SHARED_NAME = "identity-hmac";

  private static final int LENGTH = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final byte[] key;

  private IdentityKey(byte[] key) {
    this.key = key;
  }

  /**
   * The workspace's key, created if there is none yet: in the database when it is shared
   * (PostgreSQL; the creation is audited as by {@code actor}), else in its {@code keys/} folder.
   *
   * @throws EnvironmentException when the key cannot be read or written, is damaged, or (shared)
   *     this desk has no programme secret or not the workspace's
   */
  public static IdentityKey loadOrCreate(Workspace workspace, String actor) {
    Optional<SharedKeys> shared = workspace.sharedKeys();
    if (shared.isPresent()) {
      return new IdentityKey(shared.get().loadOrCreate(actor, SHARED_NAME, LENGTH));
    }
    return loadOrCreate(workspace.keysDir());
  }

  /** The workspace's key, if one was created. Call outside a transaction. */
  public static Optional<IdentityKey> load(Workspace workspace) {
    Optional<SharedKeys> shared = workspace.sharedKeys();
    if (shared.isPresent()) {
      return shared.get().load(SHARED_NAME).map(IdentityKey::new);
    }
    return load(workspace.keysDir());
  }

  /**
   * The key in {@code keysDir}, created (with owner-only permissions) if there is none yet. Safe
   * when several processes create it at once: one key wins, all use it.
   *
   * @throws EnvironmentException when the key cannot be read or written, or is damaged
   */
  public static IdentityKey loadOrCreate(Path keysDir) {
    Optional<IdentityKey> existing = load(keysDir);
    if (existing.isPresent()) {
      return existing.get();
    }
    Path file = keysDir.resolve(FILE);
    byte[] fresh = new byte[LENGTH];
    new SecureRandom().nextBytes(fresh);
    Path temp = null;
    try {
      Files.createDirectories(keysDir);
      temp = Files.createTempFile(keysDir, ".identity-", ".tmp", ownerOnly(keysDir));
      Files.write(temp, fresh);
      try {
        Files.createLink(file, temp);
      } catch (FileAlreadyExistsException e) {
        // Another process created it first: use theirs.
      } catch (UnsupportedOperationException | IOException e) {
        if (!Files.exists(file)) {
          moveNoReplace(temp, file);
          temp = null;
        }
      }
    } catch (IOException e) {
      throw cannot(file, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // A leftover temporary file holds a key nobody uses; harmless, owner-only.
        }
      }
    }
    return load(keysDir).orElseThrow(() -> cannot(file, new IOException("not created")));
  }

  /** The key in {@code keysDir}, if one was created. */
  public static Optional<IdentityKey> load(Path keysDir) {
    Path file = keysDir.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length != LENGTH) {
        throw new EnvironmentException(
            Message.of(PersonalIdentityNumber.class, "identityKey.damaged", file, LENGTH));
      }
      return Optional.of(new IdentityKey(bytes));
    } catch (IOException e) {
      throw cannot(file, e);
    }
  }

  /** The keyed hash of {@code number}: HMAC-SHA256 of its twelve digits, 64 hex digits. */
  public String hash(PersonalIdentityNumber number) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of()
          .formatHex(
              mac.doFinal(
                  number.revealDigits().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  /**
   * A keyed tag of {@code text} for {@code purpose} (such as sealing a workbook's locked cells):
   * HMAC-SHA256 under a key derived from this one for that purpose alone, its first 64 bits as 16
   * hex digits. Who lacks the workspace's key can neither forge nor check it.
   */
  public String tag(String purpose, String text) {
    try {
      Mac derive = Mac.getInstance("HmacSHA256");
      derive.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] subKey =
          derive.doFinal(
              ("ocnkit-derived-key-v1\n" + purpose)
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(subKey, "HmacSHA256"));
      byte[] full = mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(full, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  @Override
  public String toString() {
    return "IdentityKey[secret]";
  }

  private static FileAttribute<?>[] ownerOnly(Path dir) {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }

  private static void moveNoReplace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static EnvironmentException cannot(Path file, IOException e) {
    return new EnvironmentException(
        Message.of(
            PersonalIdentityNumber.class,
            "identityKey.unusable",
            file,
            String.valueOf(e.getMessage())),
        e);
  }
}

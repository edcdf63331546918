package org.ocnkit.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;

/**
 * Secret keys every desk of a shared (PostgreSQL) workspace uses, such as the key of the keyed hash
 * of personal identity numbers, so that a duplicate is found whichever desk records it.
 *
 * <p>The keys are stored in the database ({@code shared_key}) wrapped with AES-256-GCM under a key
 * derived (HMAC-SHA256) from the <b>programme secret</b>: a random string the workspace's creator
 * gets from {@code ocn init --db} in {@code keys/programme.secret} and hands to each desk once. A
 * desk reads it from the {@value Workspace#ENV_PROGRAMME_SECRET} variable or from its own {@code
 * keys/programme.secret}. The secret is never stored in the database, so the database alone (a
 * dump, a database administrator) does not give the keys.
 *
 * <p>Obtain from {@link Workspace#sharedKeys()}; only PostgreSQL workspaces have one.
 */
public final class SharedKeys {
  /** The programme secret's file in a desk's {@code keys/} folder. */
  public static final String SECRET_FILE = "programme.secret";

  /** The key that proves a programme secret is the workspace's, created with the workspace. */
  public static final String CHECK_KEY = "programme-check";

  /** The action of the audit event that adds a shared key. */
  public static final String ACTION_ADD = "store.shared-key-add";

  /** The action of the audit event that publishes public material. */
  public static final String ACTION_PUBLISH = "store.key-publish";

  private static final int SECRET_BYTES = 32;
  private static final int MIN_SECRET_LENGTH = 32;
  private static final int NONCE_BYTES = 12;
  private static final String FORMAT = "v1";

  private final Store store;
  private final Path keysDir;
  private final Map<String, String> env;

  SharedKeys(Store store, Path keysDir, Map<String, String> env) {
    this.store = store;
    this.keysDir = keysDir;
    this.env = env;
  }

  /** A new random programme secret: 32 random bytes, base64url without padding. */
  public static String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Where this desk keeps the programme secret when it is not given by variable. */
  public Path secretFile() {
    return keysDir.resolve(SECRET_FILE);
  }

  /**
   * The key named {@code name}, created ({@code length} random bytes, wrapped, audited as {@value
   * #ACTION_ADD}) if no desk created it yet. Safe when desks create it at the same time: write
   * transactions are serialized, the first wins and every desk uses its key.
   *
   * @throws EnvironmentException when this desk has no programme secret, or not the workspace's
   */
  public byte[] loadOrCreate(String actor, String name, int length) {
    Optional<byte[]> existing = load(name);
    if (existing.isPresent()) {
      return existing.get();
    }
    byte[] kek = wrappingKey(requireSecret());
    store.write(
        actor,
        tx -> {
          if (tx.queryOne("SELECT id FROM shared_key WHERE name = ?", r -> r.getLong(1), name)
              .isEmpty()) {
            byte[] fresh = new byte[length];
            new SecureRandom().nextBytes(fresh);
            insert(tx, kek, name, fresh);
          }
          return null;
        });
    return load(name).orElseThrow();
  }

  /**
   * The key named {@code name}, if a desk created it.
   *
   * @throws EnvironmentException when the key exists but this desk has no programme secret, or not
   *     the one the key was wrapped under
   */
  public Optional<byte[]> load(String name) {
    Optional<String> wrapped =
        store.read(
            tx ->
                tx.queryOne(
                    "SELECT wrapped FROM shared_key WHERE name = ?", r -> r.getString(1), name));
    if (wrapped.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(unwrap(wrappingKey(requireSecret()), name, wrapped.get()));
  }

  /**
   * Checks that this desk's programme secret is the workspace's: that it opens the check key.
   *
   * @throws EnvironmentException saying what to do when it does not
   */
  public void check() {
    String wrapped =
        store
            .read(
                tx ->
                    tx.queryOne(
                        "SELECT wrapped FROM shared_key_check WHERE name = ?",
                        r -> r.getString(1),
                        CHECK_KEY))
            .orElseThrow(
                () ->
                    new EnvironmentException(
                        Message.of(
                            SharedKeys.class,
                            "sharedKeys.noCheck",
                            store.database().description())));
    unwrap(wrappingKey(requireSecret()), CHECK_KEY, wrapped);
  }

  /**
   * Publishes public material for every desk ({@code published_key}), such as the issuer
   * certificate: inserted once, audited as {@value #ACTION_PUBLISH}; publishing the same content
   * again changes nothing.
   *
   * @return whether it was new
   * @throws IllegalStateException when other content was published under {@code name}; callers
   *     check {@link #published} first and refuse with their own message
   */
  public boolean publish(String actor, String name, String content) {
    return store.write(
        actor,
        tx -> {
          Optional<String> existing =
              tx.queryOne(
                  "SELECT content FROM published_key WHERE name = ?", r -> r.getString(1), name);
          if (existing.isPresent()) {
            if (!existing.get().equals(content)) {
              throw new IllegalStateException("other content is published as " + name);
            }
            return false;
          }
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("name", name);
          row.put("content", content);
          row.put("created_at", tx.now());
          tx.insert("published_key", row, ACTION_PUBLISH);
          return true;
        });
  }

  /** Public material some desk {@link #publish published} under {@code name}. */
  public Optional<String> published(String name) {
    return store.read(
        tx ->
            tx.queryOne(
                "SELECT content FROM published_key WHERE name = ?", r -> r.getString(1), name));
  }

  /** Creates the check key in a new workspace, under {@code secret}. */
  void createCheck(Tx tx, String secret) throws SQLException {
    if (secret.length() < MIN_SECRET_LENGTH) {
      throw new EnvironmentException(
          Message.of(SharedKeys.class, "sharedKeys.shortSecret", MIN_SECRET_LENGTH));
    }
    byte[] fresh = new byte[SECRET_BYTES];
    new SecureRandom().nextBytes(fresh);
    tx.executeUnaudited(
        "INSERT INTO shared_key_check (name, wrapped, created_at) VALUES (?, ?, ?)",
        CHECK_KEY,
        wrap(wrappingKey(secret), CHECK_KEY, fresh),
        tx.now());
  }

  /** The programme secret of this desk: the variable if set, else the file. */
  Optional<String> secret() {
    String value = env.get(Workspace.ENV_PROGRAMME_SECRET);
    if (value != null && !value.isBlank()) {
      return Optional.of(value.strip());
    }
    Path file = secretFile();
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
          .filter(s -> !s.isEmpty());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new EnvironmentException(
          Message.of(
              SharedKeys.class, "sharedKeys.unreadable", file, String.valueOf(e.getMessage())),
          e);
    }
  }

  private String requireSecret() {
    String secret =
        secret()
            .orElseThrow(
                () ->
                    new EnvironmentException(
                        Message.of(
                            SharedKeys.class,
                            "sharedKeys.noSecret",
                            Workspace.ENV_PROGRAMME_SECRET,
                            secretFile())));
    if (secret.length() < MIN_SECRET_LENGTH) {
      throw new EnvironmentException(
          Message.of(SharedKeys.class, "sharedKeys.shortSecret", MIN_SECRET_LENGTH));
    }
    return secret;
  }

  private void insert(Tx tx, byte[] kek, String name, byte[] key) throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", name);
    row.put("wrapped", wrap(kek, name, key));
    row.put("created_at", tx.now());
    tx.insert("shared_key", row, ACTION_ADD);
  }

  /** The AES key that wraps shared keys: HMAC-SHA256 of a fixed label under the secret. */
  private static byte[] wrappingKey(String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal("ocnkit shared key wrapping v1".getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  private static String wrap(byte[] kek, String name, byte[] key) {
    byte[] nonce = new byte[NONCE_BYTES];
    new SecureRandom().nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
      cipher.updateAAD(aad(name));
      Base64.Encoder b64 = Base64.getEncoder();
      return FORMAT
          + ":"
          + b64.encodeToString(nonce)
          + ":"
          + b64.encodeToString(cipher.doFinal(key));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has AES-GCM", e);
    }
  }

  private byte[] unwrap(byte[] kek, String name, String wrapped) {
    String[] parts = wrapped.split(":");
    if (parts.length != 3 || !FORMAT.equals(parts[0])) {
      throw new EnvironmentException(Message.of(SharedKeys.class, "sharedKeys.damaged", name));
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(kek, "AES"),
          new GCMParameterSpec(128, Base64.getDecoder().decode(parts[1])));
      cipher.updateAAD(aad(name));
      return cipher.doFinal(Base64.getDecoder().decode(parts[2]));
    } catch (AEADBadTagException e) {
      throw new EnvironmentException(
          Message.of(
              SharedKeys.class,
              "sharedKeys.wrongSecret",
              Workspace.ENV_PROGRAMME_SECRET,
              secretFile()),
          e);
    } catch (IllegalArgumentException e) {
      throw new EnvironmentException(Message.of(SharedKeys.class, "sharedKeys.damaged", name), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has AES-GCM", e);
    }
  }

  private static byte[] aad(String name) {
    return ("ocnkit shared key:" + Objects.requireNonNull(name, "name"))
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "SharedKeys[" + store.database().description() + "]";
  }
}

package org.ocnkit.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.internal.AtomicFiles;
import org.ocnkit.certificate.internal.LogKeyFile;
import org.ocnkit.certificate.signature.IssuerKey;
import org.ocnkit.certificate.signature.IssuerKeys;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.certificate.signature.TrustAnchors;
import org.ocnkit.ledger.NoteSigningKey;
import org.ocnkit.ledger.NoteVerifierKey;
import org.ocnkit.store.SharedKeys;
import org.ocnkit.store.Workspace;

/**
 * The issuer's keys in a workspace's {@code keys/} folder ({@code ocn keys init|import|show}):
 *
 * <ul>
 *   <li>{@value #KEYSTORE}: the PKCS#12 keystore with the key that signs certificate PDFs and its
 *       X.509 certificate chain, protected by the key password;
 *   <li>{@value #CERTIFICATE}: the issuer certificate in PEM, the file employers add as trusted;
 *   <li>{@value #LOG_KEY}: the transparency log's Ed25519 key as a PKCS#8 {@code ENCRYPTED PRIVATE
 *       KEY} (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC) under the same password;
 *   <li>{@value #LOG_VERIFIER_KEY}: the log's note verifier key string, which verifiers pin.
 * </ul>
 *
 * <p>Why the log key is a file of its own rather than a second keystore entry: a PKCS#12 entry
 * needs an X.509 certificate, which an Ed25519 note key has no use for, and an imported
 * organisation keystore would have to be rewritten to add one. An encrypted PKCS#8 file is the
 * standard form for a lone private key; OpenSSL reads it ({@code openssl pkey -in log-key.pem}). No
 * private key is ever on disk in clear, and the password is never stored: callers pass it in (the
 * CLI reads {@code OCNKIT_KEY_PASSWORD} or asks on the terminal).
 *
 * <p>The two public files let anything that only verifies ({@code ocn verify}, {@code keys show})
 * work without the password. In a workspace shared through PostgreSQL, the issuing desk also {@link
 * #publish publishes} them in the database, so that every other desk verifies with them without a
 * {@code keys/} folder; the private keys stay on the issuing desk(s). Loading the private keys
 * checks that the public files still match them. Keys are never replaced: every certificate already
 * issued depends on them.
 */
public final class IssuerKeyFiles {
  /** The PKCS#12 keystore holding the issuer's PDF signing key. */
  public static final String KEYSTORE = "issuer.p12";

  /** The issuer certificate, PEM. */
  public static final String CERTIFICATE = "issuer-certificate.pem";

  /** The log's private key, encrypted PKCS#8 PEM. */
  public static final String LOG_KEY = "log-key.pem";

  /** The log's note verifier key string, one line. */
  public static final String LOG_VERIFIER_KEY = "log.vkey";

  /** The issuer certificate's name among a shared workspace's published keys. */
  public static final String PUBLISHED_CERTIFICATE = "issuer-certificate";

  /** The log verifier key's name among a shared workspace's published keys. */
  public static final String PUBLISHED_LOG_KEY = "log-verifier-key";

  private final Path dir;

  /** The shared workspace's keys, where the public halves are published for every desk. */
  private final Optional<SharedKeys> shared;

  /** The key files in {@code dir}. */
  public IssuerKeyFiles(Path dir) {
    this(dir, Optional.empty());
  }

  private IssuerKeyFiles(Path dir, Optional<SharedKeys> shared) {
    this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
    this.shared = shared;
  }

  /** The key files of {@code workspace}, in its {@code keys/} folder. */
  public static IssuerKeyFiles of(Workspace workspace) {
    return new IssuerKeyFiles(workspace.keysDir(), workspace.sharedKeys());
  }

  public Path dir() {
    return dir;
  }

  public Path keystore() {
    return dir.resolve(KEYSTORE);
  }

  public Path certificateFile() {
    return dir.resolve(CERTIFICATE);
  }

  public Path logKeyFile() {
    return dir.resolve(LOG_KEY);
  }

  public Path logVerifierKeyFile() {
    return dir.resolve(LOG_VERIFIER_KEY);
  }

  /** Whether any of the four files exists. */
  public boolean exist() {
    return files().stream().anyMatch(Files::exists);
  }

  private List<Path> files() {
    return List.of(keystore(), certificateFile(), logKeyFile(), logVerifierKeyFile());
  }

  /**
   * Creates the issuer's keys: an ECDSA P-256 (or RSA 3072) signing key with a self-signed issuer
   * certificate valid ten years from {@code now} (see {@link IssuerKeys#create}), and a new Ed25519
   * log key named {@code logOrigin}.
   *
   * @throws RefusedException when any key file exists already
   * @throws InvalidInputException when the organisation name, the origin or the password (at least
   *     {@value IssuerKeys#MIN_PASSWORD_LENGTH} characters) is unacceptable
   * @throws EnvironmentException when a file cannot be written (then none is left behind)
   */
  public IssuingKeys create(
      char[] password, String organisation, KeyAlgorithm algorithm, String logOrigin, Instant now) {
    refuseExisting();
    refusePublished();
    checkPassword(password);
    NoteSigningKey log = newLogKey(logOrigin);
    IssuerKey issuer = IssuerKeys.generate(organisation, algorithm, now);
    return store(
        password,
        log,
        () -> {
          IssuerKeys.write(issuer, keystore(), password);
          return issuer;
        });
  }

  /**
   * Brings the organisation's own keystore into the workspace (see {@link
   * IssuerKeys#importKeystore} for what it must hold), re-encrypted under {@code password}, and
   * creates a new log key named {@code logOrigin} beside it.
   *
   * @throws RefusedException when any key file exists already
   * @throws InvalidInputException listing why the key in {@code source} cannot be used
   * @throws EnvironmentException when {@code source} cannot be opened or a file not be written
   */
  public IssuingKeys importKeystore(
      Path source, char[] sourcePassword, char[] password, String logOrigin, Instant now) {
    refuseExisting();
    refusePublished();
    checkPassword(password);
    NoteSigningKey log = newLogKey(logOrigin);
    return store(
        password,
        log,
        () -> IssuerKeys.importKeystore(source, sourcePassword, keystore(), password, now));
  }

  /** Writes the keystore with {@code keystore}, then the other three files; all or nothing. */
  private IssuingKeys store(char[] password, NoteSigningKey log, KeystoreWriter keystore) {
    List<Path> written = new ArrayList<>();
    try {
      IssuerKey issuer = keystore.write();
      written.add(keystore());
      AtomicFiles.writeNew(
          certificateFile(),
          IssuerKeys.toPem(issuer.certificate()).getBytes(StandardCharsets.US_ASCII),
          false);
      written.add(certificateFile());
      AtomicFiles.writeNew(logKeyFile(), LogKeyFile.encrypt(log, password), true);
      written.add(logKeyFile());
      AtomicFiles.writeNew(
          logVerifierKeyFile(),
          (log.verifierKey().encoded() + "\n").getBytes(StandardCharsets.UTF_8),
          false);
      written.add(logVerifierKeyFile());
      return new IssuingKeys(issuer, log);
    } catch (RuntimeException e) {
      written.forEach(AtomicFiles::deleteQuietly);
      throw e;
    }
  }

  /** Writes the keystore file and returns the key in it. */
  private interface KeystoreWriter {
    IssuerKey write();
  }

  /**
   * Loads both private keys with {@code password}, and checks that the public files are theirs.
   *
   * @throws EnvironmentException when a file is missing or unreadable, the password is wrong, or a
   *     public file does not belong to its private key
   */
  public IssuingKeys load(char[] password) {
    if (shared.isPresent() && !Files.exists(keystore())) {
      throw new EnvironmentException(
          Message.of(IssuerKeyFiles.class, "keyfiles.notIssuingDesk", keystore().toString()));
    }
    VerificationKeys published = verificationKeys();
    IssuerKey issuer = IssuerKeys.load(keystore(), password);
    NoteSigningKey log =
        LogKeyFile.decrypt(
            logKeyFile().toString(), read(logKeyFile()), password, published.logKey().name());
    if (!Arrays.equals(encoded(issuer.certificate()), encoded(published.issuerCertificate()))) {
      throw mismatch(certificateFile(), keystore());
    }
    if (!log.verifierKey().equals(published.logKey())) {
      throw mismatch(logVerifierKeyFile(), logKeyFile());
    }
    if (shared.isPresent()) {
      Optional<String> certificate = shared.get().published(PUBLISHED_CERTIFICATE);
      Optional<String> logKey = shared.get().published(PUBLISHED_LOG_KEY);
      if (certificate.isPresent()
              && !certificate.get().equals(IssuerKeys.toPem(issuer.certificate()))
          || logKey.isPresent() && !logKey.get().equals(log.verifierKey().encoded())) {
        throw new EnvironmentException(
            Message.of(IssuerKeyFiles.class, "keyfiles.otherThanPublished", dir.toString()));
      }
    }
    return new IssuingKeys(issuer, log);
  }

  /**
   * Publishes the public halves (issuer certificate, log verifier key) in a shared workspace's
   * database, so that every desk verifies with them; nothing happens in a SQLite workspace, or when
   * they are published already.
   *
   * @return whether anything was published
   * @throws EnvironmentException when the key files are missing, or other keys were published
   */
  public boolean publish(String actor) {
    if (shared.isEmpty()) {
      return false;
    }
    VerificationKeys keys = filesVerificationKeys();
    String certificate = IssuerKeys.toPem(keys.issuerCertificate());
    String logKey = keys.logKey().encoded();
    for (Map.Entry<String, String> e :
        Map.of(PUBLISHED_CERTIFICATE, certificate, PUBLISHED_LOG_KEY, logKey).entrySet()) {
      if (shared.get().published(e.getKey()).filter(p -> !p.equals(e.getValue())).isPresent()) {
        throw new EnvironmentException(
            Message.of(IssuerKeyFiles.class, "keyfiles.otherThanPublished", dir.toString()));
      }
    }
    boolean certificateNew = shared.get().publish(actor, PUBLISHED_CERTIFICATE, certificate);
    boolean logKeyNew = shared.get().publish(actor, PUBLISHED_LOG_KEY, logKey);
    return certificateNew || logKeyNew;
  }

  /**
   * Whether the public halves are available: the files in {@code keys/}, or (shared workspace)
   * published in the database.
   */
  public boolean hasVerificationKeys() {
    return Files.exists(certificateFile()) && Files.exists(logVerifierKeyFile())
        || shared.flatMap(k -> k.published(PUBLISHED_CERTIFICATE)).isPresent();
  }

  /**
   * The public halves, read without a password: the issuer certificate and the log verifier key.
   *
   * @throws EnvironmentException when the keys were not created yet, or a file is damaged
   */
  public VerificationKeys verificationKeys() {
    if (shared.isPresent() && !Files.exists(certificateFile())) {
      Optional<String> certificate = shared.get().published(PUBLISHED_CERTIFICATE);
      Optional<String> logKey = shared.get().published(PUBLISHED_LOG_KEY);
      if (certificate.isPresent() && logKey.isPresent()) {
        return publishedKeys(certificate.get(), logKey.get());
      }
      throw new EnvironmentException(
          Message.of(IssuerKeyFiles.class, "keyfiles.notPublished", certificateFile().toString()));
    }
    return filesVerificationKeys();
  }

  private VerificationKeys publishedKeys(String certificatePem, String logKey) {
    String where = "published_key " + PUBLISHED_CERTIFICATE;
    try {
      X509Certificate certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)));
      return new VerificationKeys(certificate, NoteVerifierKey.parse(logKey));
    } catch (CertificateException e) {
      throw new EnvironmentException(
          Message.of(
              IssuerKeyFiles.class, "keyfiles.damaged", where, String.valueOf(e.getMessage())),
          e);
    } catch (InvalidInputException e) {
      throw new EnvironmentException(
          Message.of(
              IssuerKeyFiles.class,
              "keyfiles.damaged",
              "published_key " + PUBLISHED_LOG_KEY,
              e.problems().get(0).message()),
          e);
    }
  }

  private VerificationKeys filesVerificationKeys() {
    for (Path file : List.of(certificateFile(), logVerifierKeyFile())) {
      if (!Files.exists(file)) {
        throw new EnvironmentException(
            Message.of(IssuerKeyFiles.class, "keyfiles.missing", file.toString()));
      }
    }
    X509Certificate certificate;
    try {
      List<X509Certificate> certificates = TrustAnchors.readCertificates(certificateFile());
      certificate = certificates.get(0);
    } catch (InvalidInputException e) {
      throw new EnvironmentException(
          Message.of(
              IssuerKeyFiles.class,
              "keyfiles.damaged",
              certificateFile().toString(),
              e.problems().get(0).message()),
          e);
    }
    NoteVerifierKey logKey;
    try {
      logKey =
          NoteVerifierKey.parse(
              new String(read(logVerifierKeyFile()), StandardCharsets.UTF_8).strip());
    } catch (InvalidInputException e) {
      throw new EnvironmentException(
          Message.of(
              IssuerKeyFiles.class,
              "keyfiles.damaged",
              logVerifierKeyFile().toString(),
              e.problems().get(0).message()),
          e);
    }
    return new VerificationKeys(certificate, logKey);
  }

  /**
   * Writes the issuer certificate as PEM to {@code file} (replacing it): the file employers add as
   * trusted ({@code ocn verify --trust}).
   *
   * @throws EnvironmentException when the keys do not exist or the file cannot be written
   */
  public X509Certificate exportCertificate(Path file) {
    X509Certificate certificate = verificationKeys().issuerCertificate();
    AtomicFiles.replace(file, IssuerKeys.toPem(certificate).getBytes(StandardCharsets.US_ASCII));
    return certificate;
  }

  /** In a shared workspace: refuses new keys when a desk published keys already. */
  private void refusePublished() {
    if (shared.flatMap(k -> k.published(PUBLISHED_CERTIFICATE)).isPresent()) {
      throw new RefusedException(
          Message.of(IssuerKeyFiles.class, "keyfiles.publishedElsewhere", dir.toString()));
    }
  }

  private void refuseExisting() {
    for (Path file : files()) {
      if (Files.exists(file)) {
        throw new RefusedException(
            Message.of(IssuerKeyFiles.class, "keyfiles.exist", file.toString()));
      }
    }
  }

  private static void checkPassword(char[] password) {
    Objects.requireNonNull(password, "password");
    if (password.length < IssuerKeys.MIN_PASSWORD_LENGTH) {
      throw new InvalidInputException(
          Message.of(
              IssuerKeyFiles.class,
              "keyfiles.passwordTooShort",
              String.valueOf(IssuerKeys.MIN_PASSWORD_LENGTH)));
    }
    // PKCS#12 keystores take ASCII passwords only: anything else fails deep in the JDK.
    for (char c : password) {
      if (c < 0x20 || c > 0x7e) {
        throw new InvalidInputException(
            Message.of(IssuerKeyFiles.class, "keyfiles.passwordNotAscii"));
      }
    }
  }

  private static NoteSigningKey newLogKey(String origin) {
    try {
      return NoteSigningKey.generate(Objects.requireNonNull(origin, "logOrigin"));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          Message.of(IssuerKeyFiles.class, "keyfiles.badOrigin", origin));
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new EnvironmentException(
          Message.of(IssuerKeyFiles.class, "keyfiles.missing", file.toString()), e);
    } catch (IOException e) {
      throw new EnvironmentException(
          Message.of(
              IssuerKeyFiles.class,
              "keyfiles.unreadable",
              file.toString(),
              String.valueOf(e.getMessage())),
          e);
    }
  }

  private static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("a loaded certificate can be encoded", e);
    }
  }

  private static EnvironmentException mismatch(Path published, Path secret) {
    return new EnvironmentException(
        Message.of(
            IssuerKeyFiles.class, "keyfiles.mismatch", published.toString(), secret.toString()));
  }

  @Override
  public String toString() {
    return "IssuerKeyFiles[" + dir + "]";
  }
}

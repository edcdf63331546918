package org.ocnkit.certificate.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.signature.internal.Certificates;
import org.ocnkit.certificate.signature.internal.Keystores;

/**
 * Creates, loads and imports the issuer's keys: a PKCS#12 keystore holding one signing key and its
 * certificate ({@code ocn keys init|show|export-cert}).
 *
 * <p>Passwords are {@code char[]} and are used only for the call: nothing here keeps them, writes
 * them or puts them in a message, and the copies made internally are zeroed. The caller's array is
 * left as it was; the caller zeroes it ({@code Arrays.fill(password, '\0')}) once it is done.
 *
 * <p>A keystore is never overwritten: replacing the issuer key would leave every certificate
 * already issued signed by a key nobody holds any more.
 */
public final class IssuerKeys {
  /** The alias of the one entry in a keystore written by ocnkit. */
  public static final String ALIAS = "ocnkit-issuer";

  /** The shortest password accepted for a new keystore. */
  public static final int MIN_PASSWORD_LENGTH = 8;

  private static final int MAX_NAME_LENGTH = 64;

  private IssuerKeys() {}

  /**
   * A new key pair and self-signed issuer certificate, in memory only. See {@link #create} for the
   * certificate's content.
   *
   * @throws InvalidInputException when the organisation name is empty or longer than 64 characters
   */
  public static IssuerKey generate(String organisation, KeyAlgorithm algorithm, Instant notBefore) {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(notBefore, "notBefore");
    String name = checkedOrganisation(organisation);
    KeyPair keys = Certificates.generateKeyPair(algorithm);
    X509Certificate certificate = Certificates.selfSigned(keys, name, notBefore);
    return new IssuerKey(keys.getPrivate(), List.of(certificate));
  }

  /**
   * Creates the issuer keystore: a new key of {@code algorithm} (ECDSA P-256 unless the
   * organisation needs RSA) and a self-signed X.509 v3 certificate with subject {@code C=SE,
   * O=organisation, CN=organisation}, key usage digitalSignature and nonRepudiation (critical),
   * basic constraints CA=false, a subject key identifier and a random 128-bit serial number, valid
   * for ten years from {@code notBefore}.
   *
   * @throws RefusedException when {@code keystore} already exists
   * @throws InvalidInputException when the organisation name or the password is unacceptable
   * @throws EnvironmentException when the file cannot be written
   */
  public static IssuerKey create(
      Path keystore,
      char[] password,
      String organisation,
      KeyAlgorithm algorithm,
      Instant notBefore) {
    checkNewPassword(password);
    if (Files.exists(keystore)) {
      throw new RefusedException(Message.of(IssuerKeys.class, "keys.exists", keystore.toString()));
    }
    IssuerKey key = generate(organisation, algorithm, notBefore);
    write(key, keystore, password);
    return key;
  }

  /**
   * Writes {@code key} to a new keystore file protected by {@code password}.
   *
   * @throws RefusedException when {@code keystore} already exists
   * @throws InvalidInputException when the password is shorter than {@value #MIN_PASSWORD_LENGTH}
   * @throws EnvironmentException when the file cannot be written
   */
  public static void write(IssuerKey key, Path keystore, char[] password) {
    checkNewPassword(password);
    Keystores.write(keystore, password, ALIAS, key.insecurePrivateKey(), key.certificateChain());
  }

  /**
   * Loads the issuer key from {@code keystore}. The keystore must hold exactly one private key that
   * can sign (see {@link #importKeystore}); an entry named {@value #ALIAS} is preferred.
   *
   * @throws EnvironmentException when the file is missing or unreadable, the password is wrong, the
   *     file is not PKCS#12, or it holds no suitable key; each with its own message
   */
  public static IssuerKey load(Path keystore, char[] password) {
    Keystores.Contents contents = Keystores.read(keystore, password);
    List<Keystores.Entry> usable = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (Keystores.Entry entry : contents.entries()) {
      List<Message> problems = Certificates.unsuitableForSigning(entry.key(), entry.chain().get(0));
      if (problems.isEmpty()) {
        usable.add(entry);
      } else {
        reasons.add(entry.alias() + ": " + join(problems));
      }
    }
    contents.skipped().forEach(s -> reasons.add(s.alias() + ": " + s.reason()));
    for (Keystores.Entry entry : usable) {
      if (entry.alias().equals(ALIAS)) {
        return new IssuerKey(entry.key(), entry.chain());
      }
    }
    if (usable.size() == 1) {
      return new IssuerKey(usable.get(0).key(), usable.get(0).chain());
    }
    if (usable.isEmpty()) {
      throw new EnvironmentException(
          Message.of(
              IssuerKeys.class,
              "keys.noSuitableKey",
              keystore.toString(),
              reasons.isEmpty() ? "-" : String.join("; ", reasons)));
    }
    throw new EnvironmentException(
        Message.of(
            IssuerKeys.class,
            "keys.severalKeys",
            keystore.toString(),
            String.valueOf(usable.size()),
            aliases(usable)));
  }

  /**
   * Brings the organisation's own keystore into the workspace: reads {@code source}, checks that it
   * holds exactly one private key with its certificate that can sign certificates (ECDSA P-256 or
   * P-384, or RSA of 2048 bits or more; key usage, when present, allowing digitalSignature or
   * nonRepudiation; the key matching the certificate; the certificate valid at {@code now}), and
   * writes it with its certificate chain to the new file {@code keystore} under {@code password}.
   *
   * @throws EnvironmentException when {@code source} cannot be opened (missing, wrong password, not
   *     PKCS#12) or {@code keystore} cannot be written
   * @throws InvalidInputException listing every reason the key in {@code source} cannot be used
   * @throws RefusedException when {@code keystore} already exists
   */
  public static IssuerKey importKeystore(
      Path source, char[] sourcePassword, Path keystore, char[] password, Instant now) {
    Objects.requireNonNull(now, "now");
    checkNewPassword(password);
    if (Files.exists(keystore)) {
      throw new RefusedException(Message.of(IssuerKeys.class, "keys.exists", keystore.toString()));
    }
    Keystores.Contents contents = Keystores.read(source, sourcePassword);
    String where = source.toString();
    List<Problem> problems = new ArrayList<>();
    List<Keystores.Entry> usable = new ArrayList<>();
    for (Keystores.Entry entry : contents.entries()) {
      X509Certificate certificate = entry.chain().get(0);
      List<Message> unsuitable =
          new ArrayList<>(Certificates.unsuitableForSigning(entry.key(), certificate));
      CertificateDescription description = CertificateDescription.of(certificate);
      if (now.isBefore(description.notBefore())) {
        unsuitable.add(
            Message.of(IssuerKeys.class, "key.notYetValid", description.notBefore().toString()));
      } else if (now.isAfter(description.notAfter())) {
        unsuitable.add(
            Message.of(IssuerKeys.class, "key.expired", description.notAfter().toString()));
      }
      if (unsuitable.isEmpty()) {
        usable.add(entry);
      } else {
        unsuitable.forEach(m -> problems.add(new Problem(where + "#" + entry.alias(), m)));
      }
    }
    contents.skipped().forEach(s -> problems.add(new Problem(where + "#" + s.alias(), s.reason())));
    if (usable.isEmpty()) {
      if (problems.isEmpty()) {
        problems.add(new Problem(where, Message.of(IssuerKeys.class, "keys.noPrivateKey")));
      }
      throw new InvalidInputException(problems);
    }
    if (usable.size() > 1) {
      throw new InvalidInputException(
          new Problem(
              where,
              Message.of(
                  IssuerKeys.class,
                  "keys.severalKeys",
                  where,
                  String.valueOf(usable.size()),
                  aliases(usable))));
    }
    Keystores.Entry chosen = usable.get(0);
    IssuerKey key = new IssuerKey(chosen.key(), chosen.chain());
    write(key, keystore, password);
    return key;
  }

  /** The certificate in PEM form ({@code -----BEGIN CERTIFICATE-----}), as verifiers need it. */
  public static String toPem(X509Certificate certificate) {
    return Certificates.toPem(certificate);
  }

  /**
   * Writes the issuer certificate as PEM to {@code file} (replacing it): the file to hand to
   * verifiers, to pass as {@code ocn verify --trust}.
   *
   * @throws EnvironmentException when the file cannot be written
   */
  public static void exportCertificate(IssuerKey key, Path file) {
    try {
      Files.writeString(file, toPem(key.certificate()), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new EnvironmentException(
          Message.of(
              IssuerKeys.class,
              "cert.cannotWrite",
              file.toString(),
              String.valueOf(e.getMessage())),
          e);
    }
  }

  private static String checkedOrganisation(String organisation) {
    String name = organisation == null ? "" : organisation.strip();
    if (name.isEmpty()
        || name.length() > MAX_NAME_LENGTH
        || name.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(
          Message.of(
              IssuerKeys.class,
              "keys.organisationInvalid",
              String.valueOf(organisation),
              String.valueOf(MAX_NAME_LENGTH)));
    }
    return name;
  }

  private static void checkNewPassword(char[] password) {
    Objects.requireNonNull(password, "password");
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new InvalidInputException(
          Message.of(
              IssuerKeys.class, "keys.passwordTooShort", String.valueOf(MIN_PASSWORD_LENGTH)));
    }
  }

  private static String join(List<Message> messages) {
    return messages.stream().map(Message::toString).collect(Collectors.joining(", "));
  }

  private static String aliases(List<Keystores.Entry> entries) {
    return entries.stream().map(Keystores.Entry::alias).collect(Collectors.joining(", "));
  }
}

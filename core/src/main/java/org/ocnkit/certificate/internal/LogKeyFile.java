package org.ocnkit.certificate.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.util.io.pem.PemWriter;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.certificate.IssuerKeyFiles;
import org.ocnkit.certificate.signature.internal.Crypto;
import org.ocnkit.ledger.NoteSigningKey;

/**
 * The transparency log's Ed25519 key as a password-encrypted PKCS#8 file (RFC 5958 {@code
 * EncryptedPrivateKeyInfo} with PBES2: PBKDF2 with HMAC-SHA256 and AES-256-CBC; the key itself an
 * RFC 8410 Ed25519 private key), in PEM: {@code -----BEGIN ENCRYPTED PRIVATE KEY-----}. OpenSSL
 * reads it ({@code openssl pkey -in log-key.pem}); the seed never touches the disk in clear.
 */
public final class LogKeyFile {
  /** PBKDF2 iterations: about a tenth of a second on a laptop, once per command that signs. */
  static final int ITERATIONS = 200_000;

  private LogKeyFile() {}

  /** The PEM text of {@code key} encrypted under {@code password}. */
  public static byte[] encrypt(NoteSigningKey key, char[] password) {
    byte[] seed = seed(key);
    try {
      PrivateKeyInfo info =
          new PrivateKeyInfo(
              new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), new DEROctetString(seed));
      OutputEncryptor encryptor =
          new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
              .setPRF(PKCS8Generator.PRF_HMACSHA256)
              .setIterationCount(ITERATIONS)
              .setRandom(Crypto.random())
              .setProvider(Crypto.bc())
              .setPassword(password)
              .build();
      StringWriter text = new StringWriter();
      try (PemWriter pem = new PemWriter(text)) {
        pem.writeObject(new PKCS8Generator(info, encryptor).generate());
      }
      return text.toString().getBytes(StandardCharsets.US_ASCII);
    } catch (OperatorCreationException | IOException e) {
      throw new IllegalStateException("Bouncy Castle cannot encrypt a PKCS#8 key", e);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  /**
   * The key encrypted in {@code pem}, named {@code name}.
   *
   * @param where the file, for messages
   * @throws EnvironmentException when the password is wrong or the file is not such a key
   */
  public static NoteSigningKey decrypt(String where, byte[] pem, char[] password, String name) {
    Object object;
    try (PEMParser parser =
        new PEMParser(new StringReader(new String(pem, StandardCharsets.US_ASCII)))) {
      object = parser.readObject();
    } catch (IOException | RuntimeException e) {
      throw notAKey(where, String.valueOf(e.getMessage()));
    }
    if (!(object instanceof PKCS8EncryptedPrivateKeyInfo encrypted)) {
      throw notAKey(where, object == null ? "no PEM block" : object.getClass().getSimpleName());
    }
    PrivateKeyInfo info;
    try {
      InputDecryptorProvider decryptor =
          new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Crypto.bc()).build(password);
      info = encrypted.decryptPrivateKeyInfo(decryptor);
    } catch (PKCSException | OperatorCreationException e) {
      throw new EnvironmentException(
          Message.of(IssuerKeyFiles.class, "keyfiles.logKey.wrongPassword", where), e);
    }
    if (!EdECObjectIdentifiers.id_Ed25519.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
      throw notAKey(where, "algorithm " + info.getPrivateKeyAlgorithm().getAlgorithm());
    }
    byte[] seed;
    try {
      seed = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
    } catch (IOException | IllegalArgumentException e) {
      throw notAKey(where, String.valueOf(e.getMessage()));
    }
    try {
      if (seed.length != 32) {
        throw notAKey(where, seed.length + "-byte key");
      }
      return NoteSigningKey.fromSeed(name, seed);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  /** The 32-byte seed, from the key's private string (its one way out). */
  private static byte[] seed(NoteSigningKey key) {
    // PRIVATE+KEY+<name>+<key id>+<base64>: names hold no '+', base64 may.
    String secret = key.revealPrivateKeyString().substring("PRIVATE+KEY+".length());
    int id = secret.indexOf('+');
    byte[] material = Base64.getDecoder().decode(secret.substring(secret.indexOf('+', id + 1) + 1));
    try {
      return Arrays.copyOfRange(material, 1, material.length);
    } finally {
      Arrays.fill(material, (byte) 0);
    }
  }

  private static EnvironmentException notAKey(String where, String detail) {
    return new EnvironmentException(
        Message.of(IssuerKeyFiles.class, "keyfiles.logKey.unreadable", where, detail));
  }
}

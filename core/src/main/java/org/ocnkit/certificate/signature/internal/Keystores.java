package org.ocnkit.certificate.signature.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.security.auth.DestroyFailedException;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.signature.IssuerKeys;

/**
 * PKCS#12 files: reading every private-key entry with its certificate chain, and writing a new file
 * that never replaces an existing one. Passwords are used, never kept; the copies this class makes
 * are zeroed.
 */
public final class Keystores {
  /** A private key entry as found in a keystore. */
  public record Entry(String alias, PrivateKey key, List<X509Certificate> chain) {
    public Entry {
      chain = List.copyOf(chain);
    }

    @Override
    public String toString() {
      return "Entry[" + alias + "]";
    }
  }

  /** Something in the keystore that is not a usable private key entry, with the reason. */
  public record Skipped(String alias, Message reason) {}

  /** The entries of a keystore, and those that were passed over. */
  public record Contents(List<Entry> entries, List<Skipped> skipped) {
    public Contents {
      entries = List.copyOf(entries);
      skipped = List.copyOf(skipped);
    }
  }

  private Keystores() {}

  /**
   * Reads {@code file}: a missing or unreadable file, a wrong password and a file that is not
   * PKCS#12 are each an {@link EnvironmentException} with their own message.
   */
  public static Contents read(Path file, char[] password) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new EnvironmentException(Message.of(IssuerKeys.class, "keys.missing", file.toString()));
    } catch (IOException e) {
      throw new EnvironmentException(
          Message.of(IssuerKeys.class, "keys.unreadable", file.toString(), describe(e)), e);
    }
    KeyStore store;
    try {
      store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(bytes), password);
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new EnvironmentException(
            Message.of(IssuerKeys.class, "keys.wrongPassword", file.toString()), e);
      }
      throw new EnvironmentException(
          Message.of(IssuerKeys.class, "keys.notPkcs12", file.toString(), describe(e)), e);
    } catch (GeneralSecurityException e) {
      throw new EnvironmentException(
          Message.of(IssuerKeys.class, "keys.notPkcs12", file.toString(), describe(e)), e);
    }
    try {
      return entries(store, password);
    } catch (GeneralSecurityException e) {
      throw new EnvironmentException(
          Message.of(IssuerKeys.class, "keys.notPkcs12", file.toString(), describe(e)), e);
    }
  }

  private static Contents entries(KeyStore store, char[] password) throws GeneralSecurityException {
    List<Entry> entries = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<String> aliases = Collections.list(store.aliases());
    Collections.sort(aliases);
    for (String alias : aliases) {
      if (!store.isKeyEntry(alias)) {
        continue;
      }
      Key key;
      try {
        key = store.getKey(alias, password);
      } catch (UnrecoverableKeyException e) {
        skipped.add(new Skipped(alias, Message.of(IssuerKeys.class, "key.ownPassword")));
        continue;
      }
      if (!(key instanceof PrivateKey privateKey)) {
        skipped.add(new Skipped(alias, Message.of(IssuerKeys.class, "key.notPrivate")));
        continue;
      }
      Certificate[] chain = store.getCertificateChain(alias);
      if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate)) {
        skipped.add(new Skipped(alias, Message.of(IssuerKeys.class, "key.noCertificate")));
        continue;
      }
      List<X509Certificate> x509 = new ArrayList<>();
      for (Certificate c : chain) {
        if (c instanceof X509Certificate x) {
          x509.add(x);
        }
      }
      entries.add(new Entry(alias, privateKey, x509));
    }
    return new Contents(entries, skipped);
  }

  /**
   * Writes a new PKCS#12 file holding one private key entry. The file is written beside its final
   * name and moved into place, so a failure leaves nothing half-written; an existing file is never
   * replaced ({@link RefusedException}). On POSIX file systems only the owner may read it.
   */
  public static void write(
      Path file, char[] password, String alias, PrivateKey key, List<X509Certificate> chain) {
    if (Files.exists(file)) {
      throw refusedExisting(file);
    }
    KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password.clone());
    byte[] encoded;
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setEntry(
          alias,
          new KeyStore.PrivateKeyEntry(key, chain.toArray(new X509Certificate[0])),
          protection);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, protection.getPassword());
      encoded = out.toByteArray();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("the Java runtime cannot write a PKCS#12 keystore", e);
    } finally {
      destroy(protection);
    }
    Path temporary = null;
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      temporary = Files.createTempFile(parent, ".keystore-", ".tmp");
      restrictToOwner(temporary);
      Files.write(temporary, encoded);
      Files.move(temporary, file);
      temporary = null;
    } catch (FileAlreadyExistsException e) {
      throw refusedExisting(file);
    } catch (IOException e) {
      throw new EnvironmentException(
          Message.of(IssuerKeys.class, "keys.cannotWrite", file.toString(), describe(e)), e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The temporary file holds the encrypted keystore only; nothing more can be done here.
        }
      }
    }
  }

  private static RefusedException refusedExisting(Path file) {
    return new RefusedException(Message.of(IssuerKeys.class, "keys.exists", file.toString()));
  }

  private static void restrictToOwner(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  private static void destroy(KeyStore.PasswordProtection protection) {
    try {
      protection.destroy();
    } catch (DestroyFailedException ignored) {
      // PasswordProtection zeroes its copy; it does not fail in practice.
    }
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException || e instanceof AccessDeniedException) {
      return e.getClass().getSimpleName() + " " + e.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}

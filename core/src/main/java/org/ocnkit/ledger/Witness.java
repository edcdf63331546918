package org.ocnkit.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.io.AtomicFiles;

/**
 * A witness (C2SP tlog-cosignature): an independent party that cosigns a log's checkpoints only
 * after checking that each one extends the last checkpoint it cosigned. Verifiers that require its
 * cosignature ({@link SignedCheckpoint#verifyCosignatures}) can then trust that the log shows them
 * the same history it shows the witness: a log that signs a second, different tree for one verifier
 * (a split view) cannot get it cosigned.
 *
 * <p>Its state is one folder: {@value #KEY_FILE} (the private key, readable by its owner only),
 * {@value #VKEY_FILE} (the public key to hand to verifiers), and under {@value #LOGS_DIR}/ the last
 * checkpoint it cosigned for each log, named by the log key's name and key ID.
 */
public final class Witness {
  /** The private key file in the state folder. */
  public static final String KEY_FILE = "witness-private.key";

  /** The public key file in the state folder. */
  public static final String VKEY_FILE = "witness-public.vkey";

  /** The folder of the last cosigned checkpoints. */
  public static final String LOGS_DIR = "logs";

  /** Where a consistency proof between two sizes comes from (the published tiles). */
  @FunctionalInterface
  public interface ProofSource {
    ConsistencyProof consistencyProof(long fromSize, long toSize);
  }

  private final Path dir;
  private final WitnessKey key;

  private Witness(Path dir, WitnessKey key) {
    this.dir = dir;
    this.key = key;
  }

  /**
   * Creates a witness named {@code name} in {@code dir} (created if missing) with a new key.
   * Refuses a folder that already holds a witness key: a witness that forgets its state could be
   * made to cosign a fork.
   */
  public static Witness init(Path dir, String name) {
    Objects.requireNonNull(dir, "dir");
    WitnessKey key = WitnessKey.generate(name);
    Path file = dir.resolve(KEY_FILE);
    try {
      Files.createDirectories(dir.resolve(LOGS_DIR));
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, key.revealPrivateKeyString() + "\n", StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve(VKEY_FILE), key.verifierKey().encoded() + "\n", StandardCharsets.UTF_8);
    } catch (FileAlreadyExistsException e) {
      throw new RefusedException(
          java.util.List.of(
              new Problem(file.toString(), Message.of(Witness.class, "witness.exists"))));
    } catch (UnsupportedOperationException e) {
      throw new IllegalStateException("this file system has no POSIX permissions", e);
    } catch (IOException e) {
      throw io(file, e);
    }
    return new Witness(dir, key);
  }

  /** Opens the witness whose state is in {@code dir}. */
  public static Witness open(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Path file = dir.resolve(KEY_FILE);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          new Problem(file.toString(), Message.of(Witness.class, "witness.noKey")));
    } catch (IOException e) {
      throw io(file, e);
    }
    try {
      return new Witness(dir, WitnessKey.parse(text));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.problems().stream().map(p -> new Problem(file.toString(), p.message())).toList());
    }
  }

  /** The witness's public key. */
  public WitnessVerifierKey verifierKey() {
    return key.verifierKey();
  }

  /** The last checkpoint this witness cosigned for the log of {@code logKey}, if any. */
  public Optional<SignedCheckpoint> lastCosigned(NoteVerifierKey logKey) {
    Path file = stateFile(logKey);
    try {
      return Optional.of(SignedCheckpoint.parse(Files.readAllBytes(file)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw io(file, e);
    }
  }

  /**
   * Cosigns {@code next} when it is signed by {@code logKey} and extends the last checkpoint this
   * witness cosigned for that log (or is the first it sees), checked with a consistency proof from
   * {@code proofs}; records it as the last cosigned and returns it with the cosignature line added
   * (replacing an older cosignature of this witness).
   *
   * @param now the cosignature's time
   * @throws RefusedException naming why: not signed by the log key, smaller than the cosigned tree,
   *     another root at the same size, or a tree that does not extend the cosigned one; the last
   *     three mean the log shows a split view
   */
  public SignedCheckpoint cosign(
      SignedCheckpoint next, NoteVerifierKey logKey, ProofSource proofs, Instant now) {
    LogCheck signed = next.verify(logKey);
    if (!signed.passed()) {
      throw refused("witness.unsigned", signed.message());
    }
    Optional<SignedCheckpoint> last = lastCosigned(logKey);
    if (last.isPresent()) {
      TreeHead from = last.get().treeHead();
      TreeHead to = next.treeHead();
      String fromSize = String.valueOf(from.size());
      String toSize = String.valueOf(to.size());
      if (to.size() < from.size()) {
        throw refused("witness.smaller", toSize, fromSize);
      }
      if (to.size() == from.size() && !to.rootHash().equals(from.rootHash())) {
        throw refused("witness.fork", toSize);
      }
      if (from.size() > 0 && to.size() > from.size()) {
        ConsistencyProof proof;
        try {
          proof = proofs.consistencyProof(from.size(), to.size());
        } catch (InvalidInputException e) {
          throw refused("witness.noProof", fromSize, toSize, e.problems().get(0).toString());
        }
        LogCheck consistent = proof.verify(from.rootHash(), to.rootHash());
        if (!consistent.passed()) {
          throw refused("witness.inconsistent", toSize, fromSize, consistent.message());
        }
      }
    }
    SignedCheckpoint cosigned =
        next.withSignature(key.cosign(next.checkpoint().text(), now.getEpochSecond()));
    write(stateFile(logKey), cosigned.encoded());
    return cosigned;
  }

  /**
   * Cosigns the checkpoint of {@code log}, a published log folder, checking consistency with the
   * proofs its tiles give, and writes the cosigned checkpoint back over the folder's {@code
   * checkpoint} file (other signature lines kept). Returns the cosigned checkpoint.
   */
  public SignedCheckpoint cosign(PublishedLog log, NoteVerifierKey logKey, Instant now) {
    SignedCheckpoint cosigned = cosign(log.checkpoint(), logKey, log::consistencyProof, now);
    write(log.directory().resolve(TilePath.CHECKPOINT), cosigned.encoded());
    return cosigned;
  }

  private Path stateFile(NoteVerifierKey logKey) {
    String safe = logKey.name().replaceAll("[^A-Za-z0-9._-]", "_");
    return dir.resolve(LOGS_DIR).resolve(safe + "+" + logKey.keyIdHex() + ".checkpoint");
  }

  private static void write(Path file, String content) {
    try {
      AtomicFiles.replace(file, content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw io(file, e);
    }
  }

  private static RefusedException refused(String key, Object... args) {
    return new RefusedException(Message.of(Witness.class, key, args));
  }

  private static EnvironmentException io(Path file, IOException e) {
    return new EnvironmentException(
        Message.of(Witness.class, "publish.io", file.toString(), String.valueOf(e.getMessage())),
        e);
  }
}

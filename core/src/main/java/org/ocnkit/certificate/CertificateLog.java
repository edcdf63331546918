package org.ocnkit.certificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.internal.AtomicFiles;
import org.ocnkit.ledger.ConsistencyProof;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.LogAudit;
import org.ocnkit.ledger.LogStore;
import org.ocnkit.ledger.NoteSigningKey;
import org.ocnkit.ledger.NoteVerifierKey;
import org.ocnkit.ledger.ProofBundle;
import org.ocnkit.ledger.PublishResult;
import org.ocnkit.ledger.SignedCheckpoint;
import org.ocnkit.ledger.TransparencyLog;
import org.ocnkit.ledger.TreeHead;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Workspace;

/**
 * The transparency log of a workspace's certificates ({@code ocn log ...}): its checkpoints,
 * proofs, a full audit against the register, and publication as static tiles. Each call runs in its
 * own transaction over the workspace's database.
 */
public final class CertificateLog {
  /** The file beside a published log's {@code checkpoint} that holds its note verifier key. */
  public static final String PUBLISHED_KEY_FILE = "log.vkey";

  private final Workspace workspace;

  CertificateLog(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  private static TransparencyLog log(ReadTx tx) {
    return new TransparencyLog(LogStore.jdbc(tx.connection()));
  }

  /** The number of entries. */
  public long size() {
    return workspace.store().read(tx -> log(tx).size());
  }

  /** The latest signed checkpoint, if any certificate was issued. */
  public Optional<SignedCheckpoint> latestCheckpoint() {
    return workspace.store().read(tx -> log(tx).latestCheckpoint());
  }

  /**
   * Signs a checkpoint of the log as it is now (issuing signs one per batch; this is for a log that
   * grew without one, or to show the key works). The audit history records it.
   *
   * @throws RefusedException when the log no longer matches its latest checkpoint
   */
  public SignedCheckpoint signCheckpoint(String actor, NoteSigningKey key) {
    return workspace
        .store()
        .write(
            actor,
            tx -> {
              SignedCheckpoint checkpoint = log(tx).signCheckpoint(key, tx.now(), auditHead(tx));
              tx.event(
                  "ledger.checkpoint",
                  "ledger_checkpoint:" + checkpoint.treeHead().size(),
                  checkpoint.encoded());
              return checkpoint;
            });
  }

  /**
   * The audit chain's head inside {@code tx} (events of this transaction included), as the
   * checkpoint's extension line: the signed checkpoint then anchors the history outside the
   * database, wherever it is published or embedded. None on an empty chain.
   */
  static java.util.List<String> auditHead(org.ocnkit.store.ReadTx tx) throws java.sql.SQLException {
    return tx.queryOne(
            "SELECT seq, at, action, hash FROM audit_event ORDER BY seq DESC" + " LIMIT 1",
            row ->
                new org.ocnkit.store.AuditAnchor(
                        row.getLong("seq"),
                        java.time.Instant.parse(row.getString("at")),
                        row.getString("action"),
                        row.getString("hash"))
                    .line())
        .map(java.util.List::of)
        .orElse(java.util.List.of());
  }

  /**
   * The proof that the certificate {@code code} is in the log: its index, its inclusion proof and
   * the latest checkpoint, as a C2SP tlog-proof bundle (the same format as the {@code
   * log-proof.txt} inside the certificate, but leading to the newest checkpoint).
   *
   * @throws InvalidInputException when no certificate has that code
   */
  public ProofBundle proof(CertificateCode code) {
    return workspace
        .store()
        .read(
            tx -> {
              RegisterEntry entry =
                  CertificateRecords.find(tx, code)
                      .orElseThrow(
                          () ->
                              new InvalidInputException(
                                  Message.of(
                                      CertificateRegister.class, "register.unknownCode", code)));
              return log(tx).proofBundle(Hash.of(entry.fingerprint().bytes()));
            });
  }

  /**
   * The consistency proof between the trees of size {@code from} and {@code to}, with both tree
   * heads.
   *
   * @throws InvalidInputException when the sizes are out of range
   */
  public Consistency consistency(long from, long to) {
    return workspace
        .store()
        .read(
            tx -> {
              TransparencyLog log = log(tx);
              ConsistencyProof proof = log.consistencyProof(from, to);
              return new Consistency(log.treeHead(from), log.treeHead(to), proof);
            });
  }

  /**
   * A consistency proof with the two tree heads it connects.
   *
   * @param from the older tree head
   * @param to the newer tree head
   * @param proof the hashes that show {@code from} is a prefix of {@code to}
   */
  public record Consistency(TreeHead from, TreeHead to, ConsistencyProof proof) {
    public Consistency {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(proof, "proof");
    }
  }

  /**
   * Recomputes everything: every stored hash from the entries, every checkpoint's root and its
   * signature by the workspace's log key, and the register against the log (each certificate's
   * fingerprint at its index, each entry a registered certificate). Reads the whole log.
   *
   * @return the audit; {@link LogAudit#passed()} is false naming every mismatch
   */
  public LogAudit verify() {
    IssuerKeyFiles keys = IssuerKeyFiles.of(workspace);
    Optional<NoteVerifierKey> logKey =
        keys.hasVerificationKeys()
            ? Optional.of(keys.verificationKeys().logKey())
            : Optional.empty();
    return workspace
        .store()
        .read(
            tx -> {
              TransparencyLog log = log(tx);
              LogAudit audit = log.audit(logKey.orElse(null));
              List<Problem> problems = new ArrayList<>(audit.problems());
              if (logKey.isEmpty() && log.latestCheckpoint().isPresent()) {
                problems.add(
                    new Problem(
                        keys.logVerifierKeyFile().toString(),
                        Message.of(
                            IssuerKeyFiles.class,
                            "keyfiles.missing",
                            keys.logVerifierKeyFile().toString())));
              }
              Map<Long, RegisterEntry> registered = new HashMap<>();
              for (RegisterEntry certificate : CertificateRecords.list(tx)) {
                registered.put(certificate.leafIndex(), certificate);
              }
              log.store()
                  .forEachEntry(
                      0,
                      audit.size(),
                      (index, hash) -> {
                        RegisterEntry certificate = registered.remove(index);
                        if (certificate == null) {
                          problems.add(
                              new Problem(
                                  "ledger_entry " + index,
                                  message(
                                      "log.verify.unregistered",
                                      String.valueOf(index),
                                      hash.hex())));
                        } else if (!certificate.fingerprint().hex().equals(hash.hex())) {
                          problems.add(
                              new Problem(
                                  "certificate " + certificate.code(),
                                  message(
                                      "log.verify.notAtIndex",
                                      certificate.fingerprint().hex(),
                                      String.valueOf(index),
                                      hash.hex())));
                        }
                      });
              registered.values().stream()
                  .sorted(Comparator.comparingLong(RegisterEntry::serial))
                  .forEach(
                      certificate ->
                          problems.add(
                              new Problem(
                                  "certificate " + certificate.code(),
                                  message(
                                      "log.verify.notAtIndex",
                                      certificate.fingerprint().hex(),
                                      String.valueOf(certificate.leafIndex()),
                                      "-"))));
              return new LogAudit(audit.size(), audit.firstMismatch(), problems);
            });
  }

  /**
   * Publishes the log at its latest checkpoint into {@code dir} as C2SP tlog-tiles (see {@link
   * TransparencyLog#publish}), with the log's verifier key beside the checkpoint in {@value
   * #PUBLISHED_KEY_FILE}, so that {@code ocn verify --log DIR} works with the folder alone.
   *
   * @throws RefusedException when there is no checkpoint, the folder holds another or a newer log,
   *     or its key file names another key
   * @throws EnvironmentException when the workspace has no keys, or the folder cannot be written
   */
  public PublishResult publish(Path dir) {
    NoteVerifierKey logKey = IssuerKeyFiles.of(workspace).verificationKeys().logKey();
    Path keyFile = dir.resolve(PUBLISHED_KEY_FILE);
    if (Files.exists(keyFile)) {
      String existing = readKeyFile(keyFile);
      if (!existing.equals(logKey.encoded())) {
        throw new RefusedException(message("log.publish.otherKey", keyFile, existing));
      }
    }
    PublishResult result = workspace.store().read(tx -> log(tx).publish(dir));
    AtomicFiles.replace(keyFile, (logKey.encoded() + "\n").getBytes(StandardCharsets.UTF_8));
    return result;
  }

  /**
   * The verifier key in a published log's {@value #PUBLISHED_KEY_FILE}.
   *
   * @throws InvalidInputException when the file is missing or holds no verifier key
   */
  public static NoteVerifierKey publishedKey(Path dir) {
    Path file = dir.resolve(PUBLISHED_KEY_FILE);
    if (!Files.exists(file)) {
      throw new InvalidInputException(
          new Problem(file.toString(), message("log.publishedKey.missing")));
    }
    try {
      return NoteVerifierKey.parse(readKeyFile(file));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.problems().stream().map(p -> new Problem(file.toString(), p.message())).toList());
    }
  }

  private static String readKeyFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new EnvironmentException(
          message("log.publishedKey.unreadable", file, String.valueOf(e.getMessage())), e);
    }
  }

  private static Message message(String key, Object... args) {
    return Message.of(CertificateLog.class, key, args);
  }
}

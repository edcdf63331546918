package org.ocnkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ocnkit.ledger.ConsistencyProof;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.InclusionProof;
import org.ocnkit.ledger.LogStore;
import org.ocnkit.ledger.NoteSigningKey;
import org.ocnkit.ledger.Rfc6962;
import org.ocnkit.ledger.TransparencyLog;
import org.ocnkit.ledger.TreeHead;
import org.ocnkit.store.InitOptions;
import org.ocnkit.store.Workspace;

/**
 * Appends fingerprints to the transparency log in a workspace's SQLite database and prints appends
 * per second, the time and stored hash reads of inclusion and consistency proofs at 1,000 entries
 * and at the full size, and the stored bytes per entry.
 *
 * <p>Run: {@code java -cp 'bench/target/ocnkit-bench.jar:bench/target/lib/*'
 * org.ocnkit.bench.LogBenchmark [ENTRIES]} (default 1,000,000), after {@code mvn -B -q -pl bench
 * -am package -DskipTests}.
 */
public final class LogBenchmark {
  /** Entries appended per transaction, as a large issuing batch would. */
  private static final int BATCH = 10_000;

  /** Proofs generated per measurement. */
  private static final int PROOFS = 2_000;

  private LogBenchmark() {}

  public static void main(String[] args) throws Exception {
    Quiet.libraries();
    long entries = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    Path dir = Files.createTempDirectory("ocnkit-bench-log-");
    SplittableRandom random = new SplittableRandom(20261123L);
    NoteSigningKey key = NoteSigningKey.generate("intyg.bench.example/ocnkit-log");
    try {
      System.out.printf(
          Locale.ROOT,
          "ocnkit transparency-log benchmark: %,d entries, SQLite," + " Java %s%n",
          entries,
          System.getProperty("java.version"));
      Path database = dir.resolve("ws").resolve(Workspace.DATABASE);
      long emptyBytes;
      try (Workspace ws = Workspace.init(dir.resolve("ws"), InitOptions.defaults())) {
        ws.store().read(tx -> tx.queryLong("SELECT count(*) FROM ledger_entry"));
      }
      emptyBytes = Files.size(database);
      try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
        long appended = 0;
        long appendNanos = 0;
        boolean measuredSmall = false;
        while (appended < entries) {
          int n = (int) Math.min(appended < 1_000 ? 1_000 - appended : BATCH, entries - appended);
          List<Hash> batch = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            byte[] fingerprint = new byte[Hash.LENGTH];
            random.nextBytes(fingerprint);
            batch.add(Hash.of(fingerprint));
          }
          long start = System.nanoTime();
          ws.store()
              .write(
                  "benchmark",
                  tx -> {
                    TransparencyLog log = new TransparencyLog(LogStore.jdbc(tx.connection()));
                    log.appendAll(batch);
                    log.signCheckpoint(key, tx.now());
                    return null;
                  });
          appendNanos += System.nanoTime() - start;
          appended += n;
          if (!measuredSmall && appended >= 1_000) {
            measuredSmall = true;
            proofs(ws, appended, new SplittableRandom(1));
          }
          if (appended / 100_000 != (appended - n) / 100_000) {
            System.out.printf(
                Locale.ROOT,
                "  %,d appended, %.0f appends/s so far%n",
                appended,
                appended / (appendNanos / 1e9));
          }
        }
        System.out.printf(
            Locale.ROOT,
            "append: %,.0f appends/s (%,d entries in %.1f s, %,d per"
                + " transaction, a signed checkpoint per transaction)%n",
            appended / (appendNanos / 1e9),
            appended,
            appendNanos / 1e9,
            BATCH);
        proofs(ws, appended, new SplittableRandom(2));
        long verifyStart = System.nanoTime();
        boolean intact =
            ws.store()
                .read(
                    tx ->
                        new TransparencyLog(LogStore.jdbc(tx.connection()))
                            .audit(key.verifierKey())
                            .passed());
        System.out.printf(
            Locale.ROOT,
            "full audit (every hash recomputed): %.1f s, %s%n",
            (System.nanoTime() - verifyStart) / 1e9,
            intact ? "intact" : "NOT INTACT");
      }
      long bytes = Files.size(database);
      System.out.printf(
          Locale.ROOT,
          "stored bytes per entry: %.0f (SQLite file grew from %,d"
              + " to %,d bytes; entry, leaf hash, inner nodes and their indexes)%n",
          (double) (bytes - emptyBytes) / entries,
          emptyBytes,
          bytes);
    } finally {
      CertificateBenchmark.delete(dir);
    }
  }

  /** Inclusion and consistency proofs at the log's current size: time and stored hash reads. */
  private static void proofs(Workspace ws, long size, SplittableRandom random) {
    ws.store()
        .read(
            tx -> {
              LogStore store = LogStore.jdbc(tx.connection());
              TransparencyLog log = new TransparencyLog(store);
              TreeHead head = log.treeHead(size);
              long[] indexes = new long[PROOFS];
              Hash[] leaves = new Hash[PROOFS];
              for (int i = 0; i < PROOFS; i++) {
                indexes[i] = random.nextLong(size);
              }
              List<Hash> fingerprints = new ArrayList<>();
              for (long index : indexes) {
                store.forEachEntry(index, index + 1, (at, hash) -> fingerprints.add(hash));
              }
              for (int i = 0; i < PROOFS; i++) {
                leaves[i] = Rfc6962.leafHash(fingerprints.get(i));
              }
              long readsBefore = store.hashReads();
              long start = System.nanoTime();
              int longest = 0;
              for (int i = 0; i < PROOFS; i++) {
                InclusionProof proof = log.inclusionProof(indexes[i], size);
                longest = Math.max(longest, proof.hashes().size());
                if (!proof.verifies(leaves[i], head.rootHash())) {
                  throw new IllegalStateException("a proof does not verify at index " + indexes[i]);
                }
              }
              long nanos = System.nanoTime() - start;
              double reads = (double) (store.hashReads() - readsBefore) / PROOFS;
              double log2 = Math.log(size) / Math.log(2);
              System.out.printf(
                  Locale.ROOT,
                  "inclusion proof at %,d entries: %.3f ms each (generated and"
                      + " verified), %.1f stored hash reads per proof (2*log2(n) = %.1f), up to %d proof"
                      + " hashes%n",
                  size,
                  nanos / 1e6 / PROOFS,
                  reads,
                  2 * log2,
                  longest);
              readsBefore = store.hashReads();
              start = System.nanoTime();
              for (int i = 0; i < PROOFS; i++) {
                long from = 1 + random.nextLong(size);
                ConsistencyProof proof = log.consistencyProof(from, size);
                if (proof.hashes().size() > 2 * 64) {
                  throw new IllegalStateException("an implausible consistency proof");
                }
              }
              nanos = System.nanoTime() - start;
              reads = (double) (store.hashReads() - readsBefore) / PROOFS;
              System.out.printf(
                  Locale.ROOT,
                  "consistency proof to %,d entries: %.3f ms each, %.1f"
                      + " stored hash reads per proof%n",
                  size,
                  nanos / 1e6 / PROOFS,
                  reads);
              return null;
            });
  }
}

package org.ocnkit.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.ocnkit.api.Ocnkit;
import org.ocnkit.certificate.CertificateIssuer;
import org.ocnkit.certificate.CertificateRequest;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.CertificateVerifier;
import org.ocnkit.certificate.IssuedBatch;
import org.ocnkit.certificate.IssuedCertificate;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.server.ServerOptions;
import org.ocnkit.server.VerificationServer;
import org.ocnkit.store.InitOptions;
import org.ocnkit.store.Workspace;

/**
 * {@code ocn serve} under load, over loopback, side by side in one run: status lookups (the page a
 * QR code opens) per second with p50/p99 latency; PDF verifications by upload ({@code POST
 * /api/v1/verify}) per second with p50/p99, next to the same verification in process; and a fresh
 * {@code ocn verify} process per verification. Every count is bounded; any response other than 200
 * is counted as an error and printed.
 *
 * <p>Run: {@code java -cp 'bench/target/ocnkit-bench.jar:bench/target/lib/*'
 * org.ocnkit.bench.ServerBenchmark [CLIENTS] [LOOKUPS] [UPLOADS] [PROCESSES]} (default 16 4000 400
 * 10), after {@code mvn -B -q -pl bench -am package -DskipTests}.
 */
public final class ServerBenchmark {
  private static final int CERTIFICATES = 20;

  private ServerBenchmark() {}

  public static void main(String[] args) throws Exception {
    Quiet.libraries();
    int clients = arg(args, 0, 16);
    int lookups = arg(args, 1, 4000);
    int uploads = arg(args, 2, 400);
    int processes = arg(args, 3, 10);
    Path dir = Files.createTempDirectory("ocnkit-bench-server-");
    try (Workspace ws =
        Workspace.init(
            dir.resolve("ws"), InitOptions.defaults().withOrganisation("Benchmark kommun"))) {
      CertificateService certificates = Ocnkit.of(ws).certificates();
      certificates.createKeys(
          "benchmark",
          "benchmark password".toCharArray(),
          "Benchmark kommun",
          KeyAlgorithm.EC_P256);
      IssuingKeys keys = certificates.keys("benchmark password".toCharArray());
      List<CertificateRequest> requests = new ArrayList<>();
      for (int i = 0; i < CERTIFICATES; i++) {
        requests.add(Samples.request(i, LocalDate.now().minusDays(3)));
      }
      // CertificateIssuer, not CertificateService.issue: synthetic requests for holders the
      // workspace does not hold (setting up enrolled apprentices is not what this measures).
      IssuedBatch batch = CertificateIssuer.of(ws, keys).issue("benchmark", requests);
      List<String> codes = batch.certificates().stream().map(c -> c.code().value()).toList();
      List<byte[]> pdfs = new ArrayList<>();
      for (IssuedCertificate c : batch.certificates()) {
        pdfs.add(Files.readAllBytes(c.file()));
      }
      System.out.printf(
          Locale.ROOT,
          "ocnkit server benchmark: %d concurrent clients over"
              + " loopback, Java %s, %d processors%n",
          clients,
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      try (VerificationServer server =
          VerificationServer.start(
              ServerOptions.defaults(ws)
                  .withAddress("127.0.0.1", 0)
                  .withUploadsPerMinute(1_000_000),
              line -> {})) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = server.url();
        IntFunction<HttpRequest> lookup =
            i ->
                HttpRequest.newBuilder(URI.create(base + "/" + codes.get(i % codes.size())))
                    .GET()
                    .build();
        IntFunction<HttpRequest> upload =
            i ->
                HttpRequest.newBuilder(URI.create(base + "/api/v1/verify"))
                    .header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(pdfs.get(i % pdfs.size())))
                    .build();
        run(http, clients, Math.min(200, lookups), lookup, null);
        run(http, clients, Math.min(40, uploads), upload, null);
        run(http, clients, lookups, lookup, "status lookups (GET /<code>)");
        run(http, clients, uploads, upload, "PDF verifications (POST /api/v1/verify)");
        run(http, 1, Math.min(uploads, 100), upload, "PDF verifications, one client");
      }
      CertificateVerifier verifier = new CertificateVerifier(certificates.verificationOptions());
      long[] inProcess = new long[Math.min(uploads, 100)];
      for (int i = 0; i < inProcess.length; i++) {
        long start = System.nanoTime();
        if (!verifier.verify("bench.pdf", pdfs.get(i % pdfs.size())).valid()) {
          throw new IllegalStateException("an issued certificate does not verify");
        }
        inProcess[i] = System.nanoTime() - start;
      }
      print("in-process verifier, one at a time", inProcess, sum(inProcess), 0);
      long[] fresh = new long[processes];
      long start = System.nanoTime();
      int failed = 0;
      for (int i = 0; i < processes; i++) {
        long t = System.nanoTime();
        Process p =
            new ProcessBuilder(
                    javaBinary(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.ocnkit.cli.Main",
                    "--workspace",
                    ws.dir().toString(),
                    "verify",
                    batch.certificates().get(i % CERTIFICATES).file().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
          failed++;
        }
        fresh[i] = System.nanoTime() - t;
      }
      print("fresh `ocn verify` process each", fresh, System.nanoTime() - start, failed);
    } finally {
      CertificateBenchmark.delete(dir);
    }
  }

  private static void run(
      HttpClient http, int clients, int total, IntFunction<HttpRequest> request, String label)
      throws Exception {
    long[] latencies = new long[total];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      running.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                  long t = System.nanoTime();
                  try {
                    HttpResponse<byte[]> r =
                        http.send(request.apply(i), HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  latencies[i] = System.nanoTime() - t;
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    if (label != null) {
      print(label, latencies, elapsed, errors.get());
    }
  }

  private static void print(String label, long[] latencies, long elapsedNanos, int errors) {
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%-40s %6d requests %9.1f/s  p50 %8.2f ms  p99 %8.2f ms" + "  errors %d%n",
        label,
        sorted.length,
        sorted.length / (elapsedNanos / 1e9),
        percentile(sorted, 0.50) / 1e6,
        percentile(sorted, 0.99) / 1e6,
        errors);
  }

  private static long percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int arg(String[] args, int i, int fallback) {
    return args.length > i ? Integer.parseInt(args[i]) : fallback;
  }
}

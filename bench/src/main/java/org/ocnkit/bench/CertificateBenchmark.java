package org.ocnkit.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ocnkit.api.Ocnkit;
import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.certificate.CertificateIssuer;
import org.ocnkit.certificate.CertificateRecord;
import org.ocnkit.certificate.CertificateRenderer;
import org.ocnkit.certificate.CertificateRequest;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.CertificateVerifier;
import org.ocnkit.certificate.IssuedBatch;
import org.ocnkit.certificate.IssuedCertificate;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.certificate.RenderOptions;
import org.ocnkit.certificate.VerificationResult;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.store.InitOptions;
import org.ocnkit.store.Workspace;

/**
 * Issues and verifies certificates, and prints certificates per second for each, next to the time
 * of rendering the same page with bare PDFBox (same text, same embedded font; no PDF/A, no layout
 * engine, no record, no QR code, no log, no signature), so that the cost of signing and archiving
 * shows as a ratio; then issues the same count on one thread and on one per core (issue 18 §3). Run
 * it with {@code -Xmx256m} to check that a batch of 1,000 fits (issue 18 §4).
 *
 * <p>Run: {@code java -cp 'bench/target/ocnkit-bench.jar:bench/target/lib/*'
 * org.ocnkit.bench.CertificateBenchmark [COUNT]} (default 1000), after {@code mvn -B -q -pl bench
 * -am package -DskipTests}.
 */
public final class CertificateBenchmark {
  private static final String BASE_URL = "https://intyg.example.org/verify";
  private static final int WARM_UP = 50;

  private CertificateBenchmark() {}

  public static void main(String[] args) throws Exception {
    Quiet.libraries();
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path dir = Files.createTempDirectory("ocnkit-bench-certificates-");
    try {
      System.out.printf(
          Locale.ROOT,
          "ocnkit certificate benchmark: %d certificates, Java %s, %d"
              + " processors, max heap %d MiB, load average %s%n",
          count,
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20,
          Processes.loadAverage());
      run(dir.resolve("warm-up"), WARM_UP, false);
      run(dir.resolve("measured"), count, true);
      int cores = Runtime.getRuntime().availableProcessors();
      // Alternating halves, so that a change in the machine's load falls on both alike.
      long one = 0;
      long all = 0;
      for (int round = 0; round < 2; round++) {
        one += issueNanos(dir.resolve("one-thread-" + round), count / 2, 1);
        all += issueNanos(dir.resolve("all-threads-" + round), count / 2, cores);
      }
      count = count / 2 * 2;
      System.out.printf(
          Locale.ROOT,
          "issue on 1 thread: %8.1f certificates/s; on %d threads:"
              + " %8.1f certificates/s; speed-up %.2fx (goal on 2 cores: at least 1.7x)%n",
          count / seconds(one),
          cores,
          count / seconds(all),
          (double) one / all);
      System.out.printf(Locale.ROOT, "load average after: %s%n", Processes.loadAverage());
    } finally {
      delete(dir);
    }
  }

  private static void run(Path folder, int count, boolean print) throws IOException {
    try (Workspace ws =
        Workspace.init(folder, InitOptions.defaults().withOrganisation("Benchmark kommun"))) {
      CertificateService certificates = Ocnkit.of(ws).certificates();
      certificates.createKeys(
          "benchmark",
          "benchmark password".toCharArray(),
          "Benchmark kommun",
          KeyAlgorithm.EC_P256);
      IssuingKeys keys = certificates.keys("benchmark password".toCharArray());
      LocalDate achieved = LocalDate.now().minusDays(3);
      List<CertificateRequest> requests = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        requests.add(Samples.request(i, achieved));
      }

      // CertificateIssuer, not CertificateService.issue: the benchmark measures issuing itself on
      // synthetic requests, without the workspace's readiness checks over enrolled apprentices.
      long start = System.nanoTime();
      IssuedBatch batch = CertificateIssuer.of(ws, keys).issue("benchmark", requests);
      long issueNanos = System.nanoTime() - start;

      CertificateVerifier verifier = new CertificateVerifier(certificates.verificationOptions());
      start = System.nanoTime();
      long bytes = 0;
      for (IssuedCertificate c : batch.certificates()) {
        VerificationResult result = verifier.verify(c.file());
        if (!result.valid()) {
          throw new IllegalStateException("an issued certificate does not verify:\n" + result);
        }
        bytes += Files.size(c.file());
      }
      long verifyNanos = System.nanoTime() - start;

      CertificateRenderer renderer = CertificateRenderer.withPackagedTemplate();
      start = System.nanoTime();
      for (IssuedCertificate c : batch.certificates()) {
        renderer.render(c.record(), RenderOptions.of(BASE_URL));
      }
      long renderNanos = System.nanoTime() - start;

      start = System.nanoTime();
      long bareBytes = 0;
      for (IssuedCertificate c : batch.certificates()) {
        bareBytes += barePage(c.record()).length;
      }
      long bareNanos = System.nanoTime() - start;

      if (print) {
        double n = count;
        System.out.printf(
            Locale.ROOT,
            "issue (one batch, one transaction): %8.1f certificates/s"
                + "  (%.2f ms each, %d KB per signed PDF)%n",
            n / seconds(issueNanos),
            millis(issueNanos) / n,
            bytes / count / 1024);
        System.out.printf(
            Locale.ROOT,
            "verify (every check, workspace):    %8.1f certificates/s" + "  (%.2f ms each)%n",
            n / seconds(verifyNanos),
            millis(verifyNanos) / n);
        System.out.printf(
            Locale.ROOT,
            "ocnkit PDF/A render, unsigned:      %8.1f pages/s" + "         (%.2f ms each)%n",
            n / seconds(renderNanos),
            millis(renderNanos) / n);
        System.out.printf(
            Locale.ROOT,
            "bare PDFBox render, same text:      %8.1f pages/s"
                + "         (%.2f ms each, %d KB)%n",
            n / seconds(bareNanos),
            millis(bareNanos) / n,
            bareBytes / count / 1024);
        System.out.printf(
            Locale.ROOT,
            "ratios to the bare render: issue %.1fx, PDF/A render" + " %.1fx, verify %.1fx%n",
            (double) issueNanos / bareNanos,
            (double) renderNanos / bareNanos,
            (double) verifyNanos / bareNanos);
      }
    }
  }

  /** Nanoseconds to issue {@code count} certificates in one batch, rendering on {@code threads}. */
  private static long issueNanos(Path folder, int count, int threads) throws IOException {
    try (Workspace ws =
        Workspace.init(folder, InitOptions.defaults().withOrganisation("Benchmark kommun"))) {
      CertificateService certificates = Ocnkit.of(ws).certificates();
      certificates.createKeys(
          "benchmark",
          "benchmark password".toCharArray(),
          "Benchmark kommun",
          KeyAlgorithm.EC_P256);
      IssuingKeys keys = certificates.keys("benchmark password".toCharArray());
      LocalDate achieved = LocalDate.now().minusDays(3);
      List<CertificateRequest> requests = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        requests.add(Samples.request(i, achieved));
      }
      // The issuer itself, as in run(): synthetic requests, rendering threads as given.
      long start = System.nanoTime();
      new CertificateIssuer(ws, keys, certificates.issueOptions().withThreads(threads))
          .issue("benchmark", requests);
      return System.nanoTime() - start;
    }
  }

  /** The certificate's text on one A4 page with plain PDFBox calls and the same DejaVu font. */
  static byte[] barePage(CertificateRecord record) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType0Font font;
      try (InputStream ttf =
          CertificateBenchmark.class.getResourceAsStream(
              "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
        font = PDType0Font.load(document, ttf);
      }
      List<String> lines = new ArrayList<>();
      lines.add("OCN-intyg · OCN certificate");
      lines.add(record.holder().name() + " · " + record.holder().dateOfBirth());
      lines.add(record.programme());
      for (AchievedUnit unit : record.units()) {
        lines.add(
            unit.ref().code()
                + "  "
                + unit.titleSv()
                + "  EQF "
                + unit.level().value()
                + "  "
                + unit.credits());
        unit.titleEn().ifPresent(lines::add);
      }
      lines.add("Total " + record.totalCredits());
      lines.add(record.issuer().organisation() + " · " + record.issueDate());
      lines.add(record.code() + " " + record.fingerprint().grouped());
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(font, 11);
        content.setLeading(16);
        content.newLineAtOffset(56, 780);
        for (String line : lines) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

package org.ocnkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ocnkit.api.Ocnkit;
import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.certificate.CertificateIssuer;
import org.ocnkit.certificate.CertificateRequest;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.IssuedBatch;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.store.InitOptions;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/**
 * The training run of the start-up cache that {@code ./ocn} builds once after each Maven build: it
 * runs the short commands a user starts most often, {@code ocn --help}, {@code ocn unit list} and
 * {@code ocn verify FILE}, so that the classes they load (picocli, SQLite, PDFBox, Bouncy Castle,
 * JAXB) are mapped from the cache in later runs instead of being parsed and verified from the jars
 * each time. On JDK 17 the cache is a class-data-sharing archive ({@code
 * -XX:ArchiveClassesAtExit}); on JDK 25 and later an AOT cache ({@code -XX:AOTCacheOutput}), which
 * also keeps the classes linked and the profiles of the run.
 *
 * <p>Two steps, each in its own JVM: {@code StartupTraining prepare DIR} makes a throwaway
 * workspace with one issued certificate in {@code DIR}, without a cache; {@code StartupTraining DIR
 * [short|verify]} then runs the commands (or one group of them) on it under the cache's recording.
 * Issuing is kept out of the recorded run because an AOT cache loads every class it holds at each
 * start: classes that only issuing uses would slow every short command down. Prints nothing; its
 * exit code says whether it finished. Not a command: nothing it does is kept.
 */
final class StartupTraining {
  private StartupTraining() {}

  public static void main(String... args) throws IOException {
    Main.quietLibraryLogging();
    if (args.length == 2 && args[0].equals("prepare")) {
      prepare(Path.of(args[1]));
    } else if (args.length == 1) {
      train(Path.of(args[0]), true, true);
    } else if (args.length == 2 && args[1].equals("short")) {
      train(Path.of(args[0]), true, false);
    } else if (args.length == 2 && args[1].equals("verify")) {
      train(Path.of(args[0]), false, true);
    } else {
      throw new IllegalArgumentException("usage: StartupTraining prepare DIR | DIR [short|verify]");
    }
  }

  /** The workspace and certificate the recorded run works on. */
  private static void prepare(Path dir) throws IOException {
    try (Workspace ws =
        Workspace.init(
            dir.resolve("ws"), InitOptions.defaults().withOrganisation("Startup training"))) {
      CertificateService certificates = Ocnkit.of(ws).certificates();
      certificates.createKeys(
          "training", "training".toCharArray(), "Startup training", KeyAlgorithm.EC_P256);
      IssuingKeys keys = certificates.keys("training".toCharArray());
      LocalDate achieved = LocalDate.now().minusDays(1);
      CertificateRequest request =
          CertificateRequest.builder()
              .holder("Åsa Öberg", LocalDate.of(1990, 1, 1))
              .programme("Startup training")
              .units(
                  List.of(
                      new AchievedUnit(
                          UnitRef.of("TR-AIN-01", 1),
                          new UnitHash("0".repeat(64)),
                          "Träning",
                          Optional.of("Training"),
                          new EqfLevel(2),
                          1,
                          achieved,
                          "PANEL-1")))
              .reference("apprentice", "T1")
              .build();
      // CertificateIssuer, not CertificateService.issue: the training certificate is for a
      // synthetic holder the workspace does not hold, which only the issuer itself takes.
      IssuedBatch batch = CertificateIssuer.of(ws, keys).issue("training", List.of(request));
      Files.copy(batch.certificates().get(0).file(), dir.resolve("certificate.pdf"));
    }
  }

  /**
   * The short commands, as a user starts them: {@code --help} and {@code unit list} when {@code
   * short}, {@code verify FILE} when {@code verify} ({@code ./ocn} makes an AOT cache of each group
   * on its own, since an AOT cache loads all it holds at every start).
   */
  private static void train(Path dir, boolean common, boolean verify) {
    String workspace = dir.resolve("ws").toString();
    String certificate = dir.resolve("certificate.pdf").toString();
    if (common) {
      run("--help");
      run("--version");
      run("--workspace", workspace, "unit", "list");
    }
    if (verify) {
      run("--workspace", workspace, "verify", certificate);
      run("--workspace", workspace, "--lang", "sv", "verify", certificate);
    }
  }

  private static void run(String... args) {
    PrintWriter sink = new PrintWriter(new StringWriter());
    Main.run(CliEnvironment.system().nonInteractive(), sink, sink, args);
  }
}

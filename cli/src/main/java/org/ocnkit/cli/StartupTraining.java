package org.ocnkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
 * The training run of the class-data-sharing archive that {@code ./ocn} builds once after each
 * Maven build ({@code java -XX:ArchiveClassesAtExit=... StartupTraining}): it runs the short
 * commands a user starts most often, {@code ocn --help}, {@code ocn unit list} and {@code ocn
 * verify FILE} on a certificate it issues in a throwaway workspace, so that the classes they load
 * (picocli, SQLite, PDFBox, Bouncy Castle, JAXB) are read from the archive in later runs instead of
 * being parsed and verified from the jars each time. Prints nothing; its own exit code says whether
 * it finished. Not a command: nothing it does is kept.
 */
final class StartupTraining {
  private StartupTraining() {}

  public static void main(String... args) throws IOException {
    Main.quietLibraryLogging();
    Path dir = Files.createTempDirectory("ocnkit-startup-training-");
    try {
      Path workspace = dir.resolve("ws");
      Path certificate;
      try (Workspace ws =
          Workspace.init(workspace, InitOptions.defaults().withOrganisation("Startup training"))) {
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
        certificate = batch.certificates().get(0).file();
      }
      run("--help");
      run("--version");
      run("--workspace", workspace.toString(), "unit", "list");
      run("--workspace", workspace.toString(), "verify", certificate.toString());
      run("--workspace", workspace.toString(), "--lang", "sv", "verify", certificate.toString());
    } finally {
      delete(dir);
    }
  }

  private static void run(String... args) {
    PrintWriter sink = new PrintWriter(new StringWriter());
    Main.run(CliEnvironment.system().nonInteractive(), sink, sink, args);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

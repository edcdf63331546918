package org.ocnkit.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ocnkit.certificate.CertificateIssuer;
import org.ocnkit.certificate.CertificateRequest;
import org.ocnkit.certificate.IssuedCertificate;
import org.ocnkit.certificate.IssuerKeyFiles;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.store.InitOptions;
import org.ocnkit.store.Workspace;

/** A fresh workspace with {@code count} certificates issued through the library. */
record IssuedSamples(Path workspace, List<Path> files) {

  static IssuedSamples issue(Path folder, int count) throws IOException {
    try (Workspace ws = Workspace.init(folder, InitOptions.defaults()
        .withOrganisation("Benchmark kommun"))) {
      IssuingKeys keys = IssuerKeyFiles.of(ws).create("benchmark password".toCharArray(),
          "Benchmark kommun", KeyAlgorithm.EC_P256, "intyg.bench.example/ocnkit-log",
          Instant.now().minusSeconds(60));
      LocalDate achieved = LocalDate.now().minusDays(3);
      List<CertificateRequest> requests = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        requests.add(Samples.request(i, achieved));
      }
      List<Path> files = CertificateIssuer.of(ws, keys).issue("benchmark", requests)
          .certificates().stream().map(IssuedCertificate::file).toList();
      return new IssuedSamples(folder, files);
    }
  }
}

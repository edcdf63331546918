package org.ocnkit.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ocnkit.api.Ocnkit;
import org.ocnkit.certificate.CertificateIssuer;
import org.ocnkit.certificate.CertificateRequest;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.IssuedCertificate;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.store.InitOptions;
import org.ocnkit.store.Workspace;

/** A fresh workspace with {@code count} certificates issued through the library. */
record IssuedSamples(Path workspace, List<Path> files) {

  static IssuedSamples issue(Path folder, int count) throws IOException {
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
      // CertificateIssuer, not CertificateService.issue: the samples are synthetic requests for
      // holders the workspace does not hold, which only the issuer itself takes.
      List<Path> files =
          CertificateIssuer.of(ws, keys).issue("benchmark", requests).certificates().stream()
              .map(IssuedCertificate::file)
              .toList();
      return new IssuedSamples(folder, files);
    }
  }
}

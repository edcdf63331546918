package org.ocnkit.certificate.internal.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.certificate.CertificateRequest;
import org.ocnkit.certificate.IssuerKeyFiles;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.certificate.Language;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.TestClock;

/** Fictional certificate requests and issuer keys for tests of issuing and verifying. */
public final class SampleRequests {
  /** The password test keys are created with; generated in the test, never a real secret. */
  public static final String PASSWORD = "test-password-0123";

  /** The log origin of test workspaces. */
  public static final String LOG_ORIGIN = "intyg.testkommunen.example/ocnkit-log";

  /** The date units are achieved by: before {@link TestClock#START}. */
  public static final LocalDate ACHIEVED = LocalDate.of(2025, 2, 20);

  private SampleRequests() {}

  /** A request for {@code name} with {@code units} units achieved by {@link #ACHIEVED}. */
  public static CertificateRequest request(String name, int units) {
    return builder(name, units).build();
  }

  public static CertificateRequest.Builder builder(String name, int units) {
    List<AchievedUnit> achieved = new ArrayList<>();
    for (AchievedUnit u : SampleRecords.units(units)) {
      achieved.add(
          new AchievedUnit(
              u.ref(),
              u.hash(),
              u.titleSv(),
              u.titleEn(),
              u.level(),
              u.credits(),
              ACHIEVED.minusDays(achieved.size() % 40),
              u.panelDecision()));
    }
    return CertificateRequest.builder()
        .holder(name, LocalDate.of(1991, 4, 12))
        .programme("Lärlingsprogrammet Fyra Arenor 2025")
        .language(Language.SV)
        .units(achieved);
  }

  /** Creates the issuer keys of {@code workspace} as of its clock's time, and returns them. */
  public static IssuingKeys createKeys(Workspace workspace) {
    return createKeys(workspace, workspace.store().clock().instant());
  }

  public static IssuingKeys createKeys(Workspace workspace, Instant notBefore) {
    return IssuerKeyFiles.of(workspace)
        .create(
            PASSWORD.toCharArray(), "Testkommunen", KeyAlgorithm.EC_P256, LOG_ORIGIN, notBefore);
  }
}

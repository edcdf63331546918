package org.ocnkit.report.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.unit.CourseUnit;

/**
 * Everything a merit portfolio prints, gathered in one read transaction.
 *
 * @param holder the apprentice's full name
 * @param end the planned or actual end date, if recorded
 * @param units the units achieved, by achievement date
 * @param certificates every valid certificate the apprentice holds, by serial number
 * @param created when the portfolio was made
 * @param compiledOn the date it was made, in the workspace's time zone
 */
public record PortfolioContent(
    ApprenticeId apprentice,
    String holder,
    LocalDate birthDate,
    String programme,
    LocalDate start,
    Optional<LocalDate> end,
    String organisation,
    List<Unit> units,
    List<Certificate> certificates,
    String verificationBaseUrl,
    Instant created,
    LocalDate compiledOn) {
  public PortfolioContent {
    units = List.copyOf(units);
    certificates = List.copyOf(certificates);
  }

  /**
   * A unit achieved.
   *
   * @param workplace the placement where it was achieved, and its employer
   * @param certificates the codes of the valid certificates that list it
   */
  public record Unit(
      CourseUnit unit,
      LocalDate achievedOn,
      String workplace,
      String employer,
      List<CertificateCode> certificates) {
    public Unit {
      certificates = List.copyOf(certificates);
    }
  }

  /** A valid certificate the apprentice holds. */
  public record Certificate(CertificateCode code, LocalDate issued) {}

  /** The sum of the units' credits. */
  public int totalCredits() {
    return units.stream().mapToInt(u -> u.unit().credits()).sum();
  }
}

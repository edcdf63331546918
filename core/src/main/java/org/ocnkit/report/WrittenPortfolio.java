package org.ocnkit.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.unit.UnitRef;

/**
 * A merit portfolio written to a file.
 *
 * @param file the PDF, absolute
 * @param units the units it lists, by achievement date
 * @param credits their credits together
 * @param certificates the valid certificates it names
 */
public record WrittenPortfolio(
    Path file,
    ApprenticeId apprentice,
    List<UnitRef> units,
    int credits,
    List<CertificateCode> certificates) {
  public WrittenPortfolio {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(apprentice, "apprentice");
    units = List.copyOf(units);
    certificates = List.copyOf(certificates);
  }
}

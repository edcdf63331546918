package org.ocnkit.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.unit.UnitRef;

/** A supervisor workbook written: the file and its sheets. */
public record WrittenWorkbook(Path file, Code placement, List<Sheet> sheets) {
  public WrittenWorkbook {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(placement, "placement");
    sheets = List.copyOf(sheets);
  }

  /** One enrolment's sheet. */
  public record Sheet(String name, EnrolmentId enrolment, UnitRef unit, int criteria) {}
}

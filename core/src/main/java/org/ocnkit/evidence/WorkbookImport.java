package org.ocnkit.evidence;

import java.util.List;
import java.util.Objects;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.unit.CriterionId;

/**
 * What importing a supervisor workbook did: the rows added as evidence items, and the rows that an
 * earlier import of the same workbook had already added.
 *
 * @param sha256 the SHA-256 of the workbook file
 */
public record WorkbookImport(String sha256, List<Row> added, List<Row> unchanged) {
  public WorkbookImport {
    Objects.requireNonNull(sha256, "sha256");
    added = List.copyOf(added);
    unchanged = List.copyOf(unchanged);
  }

  /**
   * One filled-in row.
   *
   * @param location the row's first input cell, {@code 'Amina HS-KUND-01'!C5}
   * @param claim what the supervisor filled in as met or not yet
   * @param item the evidence item that holds the row
   */
  public record Row(
      String location,
      EnrolmentId enrolment,
      CriterionId criterion,
      Judgement claim,
      EvidenceItemId item) {}
}

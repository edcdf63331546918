package org.ocnkit.evidence.internal;

import java.util.List;
import java.util.Optional;

/**
 * What a supervisor workbook shows, all text already in Swedish; {@link WorkbookWriter} lays it
 * out.
 *
 * @param instructions the instruction sheet's lines; a line starting with {@code #} is a heading
 * @param recorders the names offered in the "recorded by" list
 * @param methods the names offered in the method list, per sheet in {@link Sheet#methods}
 * @param judgements the names offered in the "met?" list
 * @param password the sheet-protection password, if the settings give one
 */
public record WorkbookContent(
    String placementCode,
    List<String> instructions,
    List<String> headers,
    List<String> recorders,
    List<String> judgements,
    Optional<String> password,
    List<Sheet> sheets) {
  public WorkbookContent {
    instructions = List.copyOf(instructions);
    headers = List.copyOf(headers);
    recorders = List.copyOf(recorders);
    judgements = List.copyOf(judgements);
    sheets = List.copyOf(sheets);
  }

  /** One enrolment's sheet. */
  public record Sheet(
      String name,
      List<String> heading,
      String enrolmentId,
      String unitRef,
      String unitHash,
      List<String> methods,
      List<Criterion> criteria) {
    public Sheet {
      heading = List.copyOf(heading);
      methods = List.copyOf(methods);
      criteria = List.copyOf(criteria);
    }
  }

  /** One criterion row: id, text, and its status when written. */
  public record Criterion(String id, String text, String status) {}
}

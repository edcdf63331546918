package org.ocnkit.qualification.catalog;

import java.util.List;
import java.util.Objects;
import org.ocnkit.Problem;
import org.ocnkit.qualification.QualificationHash;
import org.ocnkit.qualification.QualificationRef;

/**
 * What importing one qualification file did.
 *
 * @param source the file as the user named it
 * @param id the stored version's id
 * @param consistency what the panel would be told: units not approved, rules that can never be met,
 *     a level above the units' levels; empty when consistent
 */
public record QualificationImport(
    String source,
    QualificationRef ref,
    QualificationHash hash,
    long id,
    Outcome outcome,
    List<Problem> consistency) {
  /** Whether the version was stored now or already was, with the same content. */
  public enum Outcome {
    IMPORTED,
    UNCHANGED
  }

  public QualificationImport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(outcome, "outcome");
    consistency = List.copyOf(consistency);
  }
}

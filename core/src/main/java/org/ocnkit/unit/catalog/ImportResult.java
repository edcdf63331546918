package org.ocnkit.unit.catalog;

import java.util.Objects;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/**
 * What importing one unit file did.
 *
 * @param source the file as the user named it
 * @param ref the unit version it holds
 * @param hash its content hash
 * @param id the stored version's id ({@code unit_version:id})
 * @param outcome whether it was stored now or already stored with identical content
 */
public record ImportResult(String source, UnitRef ref, UnitHash hash, long id, Outcome outcome) {
  /** What happened to one file. */
  public enum Outcome {
    /** Stored now, as a draft. */
    IMPORTED,
    /** The same content was already stored: nothing changed. */
    UNCHANGED
  }

  public ImportResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(outcome, "outcome");
  }
}

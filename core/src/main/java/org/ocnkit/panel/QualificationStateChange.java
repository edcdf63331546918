package org.ocnkit.panel;

import java.util.Objects;
import org.ocnkit.qualification.QualificationHash;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.unit.catalog.UnitState;

/** A qualification version moved from one state to another. */
public record QualificationStateChange(
    QualificationRef qualification, QualificationHash hash, UnitState from, UnitState to) {
  public QualificationStateChange {
    Objects.requireNonNull(qualification, "qualification");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}

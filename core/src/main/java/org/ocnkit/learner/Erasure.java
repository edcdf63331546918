package org.ocnkit.learner;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Apprentices#erase} removed, for the layers above that hold free text (evidence
 * descriptions) and must redact the person's name from it in the same transaction. Lives only in
 * memory; never store it.
 *
 * @param nameForms the erased name as it may appear in text, longest first: the full name, then
 *     each name and each part of a double name
 */
public record Erasure(ApprenticeId id, List<String> nameForms) {
  public Erasure {
    Objects.requireNonNull(id, "id");
    nameForms = List.copyOf(nameForms);
  }

  @Override
  public String toString() {
    return "Erasure[" + id + "]";
  }
}

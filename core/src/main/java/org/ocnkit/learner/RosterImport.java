package org.ocnkit.learner;

import java.util.List;

/** The apprentices a roster added, in the roster's order. */
public record RosterImport(List<Apprentice> added) {
  public RosterImport {
    added = List.copyOf(added);
  }
}

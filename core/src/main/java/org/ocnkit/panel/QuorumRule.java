package org.ocnkit.panel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ocnkit.Message;

/**
 * When the panel may decide on a unit version: at least {@code minVoting} voting members present,
 * and among them at least one member of each required sector. A voting member is one present at the
 * meeting who neither wrote the unit nor declared a conflict of interest over it.
 *
 * <p>The default (DESIGN §3) is three voting members, one of them from working life and one from
 * education. Workspaces change it in {@code ocnkit.properties} ({@link PanelSettings}).
 *
 * @param minVoting 1 to 100
 * @param requiredSectors the sectors that must each have a voting member present; may be empty
 */
public record QuorumRule(int minVoting, Set<Sector> requiredSectors) {
  /** Three voting members, at least one from working life and one from education. */
  public static final QuorumRule DEFAULT =
      new QuorumRule(3, EnumSet.of(Sector.WORKING_LIFE, Sector.EDUCATION));

  public QuorumRule {
    if (minVoting < 1 || minVoting > 100) {
      throw new IllegalArgumentException(
          "the quorum must be 1-100 voting members, got " + minVoting);
    }
    requiredSectors =
        requiredSectors.isEmpty()
            ? Set.of()
            : Set.copyOf(
                EnumSet.copyOf(Objects.requireNonNull(requiredSectors, "requiredSectors")));
  }

  /**
   * Every part of the rule that {@code voting} fails, each naming the rule; empty when the quorum
   * is met.
   *
   * @param voting the voting members present for one unit version
   */
  public List<Message> failures(Collection<PanelMember> voting) {
    List<Message> failures = new ArrayList<>();
    if (voting.size() < minVoting) {
      failures.add(Message.of(QuorumRule.class, "quorum.tooFew", voting.size(), minVoting));
    }
    for (Sector sector : Sector.values()) {
      if (requiredSectors.contains(sector)
          && voting.stream().noneMatch(m -> m.sector() == sector)) {
        failures.add(Message.of(QuorumRule.class, "quorum.noSector." + sector.code()));
      }
    }
    return failures;
  }
}

package org.ocnkit.panel;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.Message;
import org.ocnkit.store.Settings;

/**
 * The panel's rules a workspace may change in {@code ocnkit.properties}: the quorum and how long an
 * approval lasts when the unit does not say.
 *
 * @param quorum when the panel may decide
 * @param approvalYears how many years an approval lasts when the unit has no {@code
 *     reviewPeriodYears}, 1 to 10
 */
public record PanelSettings(QuorumRule quorum, int approvalYears) {
  /** The least number of voting members present at a decision. */
  public static final String QUORUM_MIN_VOTING = "panel.quorum.minVoting";

  /** The sectors each needing a voting member present: codes separated by commas, or none. */
  public static final String QUORUM_REQUIRE_SECTORS = "panel.quorum.requireSectors";

  /** Years an approval lasts when the unit does not set its own review period. */
  public static final String APPROVAL_YEARS = "panel.approvalYears";

  /** The defaults of DESIGN §3: {@link QuorumRule#DEFAULT}, three years. */
  public static final PanelSettings DEFAULTS = new PanelSettings(QuorumRule.DEFAULT, 3);

  public PanelSettings {
    Objects.requireNonNull(quorum, "quorum");
    if (approvalYears < 1 || approvalYears > 10) {
      throw new IllegalArgumentException("an approval lasts 1-10 years, got " + approvalYears);
    }
  }

  /**
   * The panel settings of a workspace; absent keys take the defaults.
   *
   * @throws org.ocnkit.InvalidInputException naming the key and its line when a value is invalid
   */
  public static PanelSettings from(Settings settings) {
    int minVoting = settings.getInt(QUORUM_MIN_VOTING, DEFAULTS.quorum().minVoting(), 1, 100);
    Set<Sector> sectors = sectors(settings);
    int years = settings.getInt(APPROVAL_YEARS, DEFAULTS.approvalYears(), 1, 10);
    return new PanelSettings(new QuorumRule(minVoting, sectors), years);
  }

  private static Set<Sector> sectors(Settings settings) {
    Optional<String> value = settings.get(QUORUM_REQUIRE_SECTORS);
    if (value.isEmpty()) {
      return DEFAULTS.quorum().requiredSectors();
    }
    if (value.get().toLowerCase(Locale.ROOT).equals("none")) {
      return Set.of();
    }
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    for (String part : value.get().split(",")) {
      if (part.isBlank()) {
        continue;
      }
      sectors.add(
          Sector.fromCode(part)
              .orElseThrow(
                  () ->
                      settings.bad(
                          QUORUM_REQUIRE_SECTORS,
                          Message.of(
                              PanelSettings.class,
                              "settings.sector",
                              QUORUM_REQUIRE_SECTORS,
                              part.strip()))));
    }
    return sectors;
  }
}

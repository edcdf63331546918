package org.ocnkit.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.Message;
import org.ocnkit.store.Settings;

/**
 * How reports count: the follow-up points, the suppression threshold and the age bands. Read from
 * the workspace's settings ({@link #forWorkspace}); the defaults are the funders' usual ones.
 *
 * @param followUps the points outcomes are recorded at, {@link FollowUpPoint#EXIT} first, then by
 *     time after the end
 * @param suppressBelow counts from 1 up to this number minus one are shown as "&lt;N" (1: nothing
 *     is suppressed)
 * @param ageBands the main age view
 * @param secondAgeBands a second age view, if any
 */
public record ReportSettings(
    List<FollowUpPoint> followUps,
    int suppressBelow,
    AgeBands ageBands,
    Optional<AgeBands> secondAgeBands) {
  /** The follow-up points, separated by commas: {@code exit,28d,90d,6m}. */
  public static final String FOLLOW_UPS = "report.followUps";

  /** The suppression threshold: counts below it (and above 0) are not shown. */
  public static final String SUPPRESS_BELOW = "report.suppressBelow";

  /** The main age bands: {@code -17,18-29,30-54,55-}. */
  public static final String AGE_BANDS = "report.ageBands";

  /** The second age view: {@code 16-24,25-64}, or {@code none}. */
  public static final String SECOND_AGE_BANDS = "report.ageBands.second";

  /** The funders' usual settings: exit, 28 days, 90 days, 6 months; below 5 suppressed. */
  public static final ReportSettings DEFAULTS =
      new ReportSettings(
          List.of(
              FollowUpPoint.EXIT,
              FollowUpPoint.parse("28d").orElseThrow(),
              FollowUpPoint.parse("90d").orElseThrow(),
              FollowUpPoint.parse("6m").orElseThrow()),
          5,
          AgeBands.DEFAULT,
          Optional.of(AgeBands.DEFAULT_SECOND));

  public ReportSettings {
    followUps = List.copyOf(followUps);
    Objects.requireNonNull(ageBands, "ageBands");
    Objects.requireNonNull(secondAgeBands, "secondAgeBands");
    if (followUps.isEmpty() || !followUps.get(0).isExit()) {
      throw new IllegalArgumentException("the follow-up points start with exit: " + followUps);
    }
    for (int i = 1; i < followUps.size(); i++) {
      if (followUps.get(i - 1).compareTo(followUps.get(i)) >= 0
          || followUps.get(i - 1).after().equals(followUps.get(i).after())) {
        throw new IllegalArgumentException(
            "follow-up points in time order, once each: " + followUps);
      }
    }
    if (suppressBelow < 1) {
      throw new IllegalArgumentException("suppressBelow is 1 or more, got " + suppressBelow);
    }
  }

  /**
   * The settings of a workspace, with the defaults for absent keys.
   *
   * @throws org.ocnkit.InvalidInputException naming the key and its line when a value is wrong
   */
  public static ReportSettings forWorkspace(Settings settings) {
    int below = settings.getInt(SUPPRESS_BELOW, DEFAULTS.suppressBelow, 1, 100);
    List<FollowUpPoint> points = DEFAULTS.followUps;
    Optional<String> text = settings.get(FOLLOW_UPS);
    if (text.isPresent()) {
      points = followUps(settings, text.get());
    }
    AgeBands main =
        settings
            .get(AGE_BANDS)
            .map(t -> AgeBands.parse(t).orElseThrow(() -> badBands(settings, AGE_BANDS, t)))
            .orElse(AgeBands.DEFAULT);
    Optional<AgeBands> second = Optional.of(AgeBands.DEFAULT_SECOND);
    Optional<String> secondText = settings.get(SECOND_AGE_BANDS);
    if (secondText.isPresent()) {
      second =
          secondText.get().equalsIgnoreCase("none")
              ? Optional.empty()
              : Optional.of(
                  AgeBands.parse(secondText.get())
                      .orElseThrow(() -> badBands(settings, SECOND_AGE_BANDS, secondText.get())));
    }
    return new ReportSettings(points, below, main, second);
  }

  /** The configured point with this code, if any. */
  public Optional<FollowUpPoint> point(String code) {
    Optional<FollowUpPoint> parsed = FollowUpPoint.parse(code);
    return parsed.flatMap(
        p ->
            followUps.stream()
                .filter(f -> f.code().equals(p.code()) || f.after().equals(p.after()))
                .findFirst());
  }

  /** The codes of the points, for messages: {@code exit, 28d, 90d, 6m}. */
  public String pointCodes() {
    return String.join(", ", followUps.stream().map(FollowUpPoint::code).toList());
  }

  private static List<FollowUpPoint> followUps(Settings settings, String text) {
    List<FollowUpPoint> points = new ArrayList<>();
    Set<java.time.Period> seen = new HashSet<>();
    for (String part : text.split(",", -1)) {
      Optional<FollowUpPoint> p = FollowUpPoint.parse(part);
      if (p.isEmpty() || !seen.add(p.get().after())) {
        throw settings.bad(FOLLOW_UPS, msg("settings.followUps", FOLLOW_UPS, text));
      }
      points.add(p.get());
    }
    if (!seen.contains(java.time.Period.ZERO)) {
      throw settings.bad(FOLLOW_UPS, msg("settings.followUps", FOLLOW_UPS, text));
    }
    points.sort(null);
    return points;
  }

  private static RuntimeException badBands(Settings settings, String key, String text) {
    return settings.bad(key, msg("settings.ageBands", key, text));
  }

  private static Message msg(String key, Object... args) {
    return Message.of(ReportSettings.class, key, args);
  }
}

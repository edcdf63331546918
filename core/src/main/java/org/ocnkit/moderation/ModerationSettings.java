package org.ocnkit.moderation;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ocnkit.Message;
import org.ocnkit.store.Settings;

/**
 * The sampling rules a workspace may change in {@code ocnkit.properties} (DESIGN §3 "Internal
 * moderation").
 *
 * @param newAssessorCount how many of an assessor's first sign-offs are always sampled, 0 to 100:
 *     an assessor is <em>new</em> while any of their first {@code newAssessorCount} sign-offs is
 *     not confirmed by a moderator
 * @param share the share of the other sign-offs a plan samples at least, from 0 to 1 ({@code 0.20}:
 *     20 %), rounded up to whole sign-offs
 * @param cover what a plan covers at least once among the sign-offs it decides
 */
public record ModerationSettings(int newAssessorCount, BigDecimal share, Set<Dimension> cover) {
  /** How many of a new assessor's first sign-offs are sampled. */
  public static final String NEW_ASSESSOR_COUNT = "moderation.newAssessorCount";

  /** The share of the rest sampled, a decimal such as {@code 0.20}. */
  public static final String SHARE = "moderation.share";

  /** What every plan covers at least once: dimension codes separated by commas, or none. */
  public static final String COVER = "moderation.cover";

  /** DESIGN §3: a new assessor's first three, 20 % of the rest, every dimension covered. */
  public static final ModerationSettings DEFAULTS =
      new ModerationSettings(3, new BigDecimal("0.20"), EnumSet.allOf(Dimension.class));

  public ModerationSettings {
    Objects.requireNonNull(share, "share");
    if (newAssessorCount < 0 || newAssessorCount > 100) {
      throw new IllegalArgumentException("newAssessorCount is 0-100, got " + newAssessorCount);
    }
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("share is 0-1, got " + share);
    }
    cover = cover.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cover));
  }

  /**
   * The rules of a workspace; absent keys take the {@link #DEFAULTS}.
   *
   * @throws org.ocnkit.InvalidInputException naming the key and its line when a value is invalid
   */
  public static ModerationSettings from(Settings settings) {
    int count = settings.getInt(NEW_ASSESSOR_COUNT, DEFAULTS.newAssessorCount(), 0, 100);
    BigDecimal share = settings.getDecimal(SHARE, DEFAULTS.share());
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw settings.bad(
          SHARE,
          Message.of(ModerationSettings.class, "settings.share", SHARE, share.toPlainString()));
    }
    return new ModerationSettings(count, share, cover(settings));
  }

  /** The share as a percentage without trailing zeros: {@code 20}, {@code 12.5}. */
  public String sharePercent() {
    return share.movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /** The dimensions as their codes, in order, separated by commas; {@code none} when empty. */
  public String coverCodes() {
    return cover.isEmpty()
        ? "none"
        : EnumSet.copyOf(cover).stream().map(Dimension::code).collect(Collectors.joining(","));
  }

  /** Reads {@link #coverCodes()} back. */
  static Set<Dimension> parseCover(String codes) {
    Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
    if (codes.strip().equalsIgnoreCase("none")) {
      return dims;
    }
    for (String part : codes.split(",")) {
      if (!part.isBlank()) {
        dims.add(
            Dimension.fromCode(part.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("not a dimension: " + part)));
      }
    }
    return dims;
  }

  private static Set<Dimension> cover(Settings settings) {
    Optional<String> value = settings.get(COVER);
    if (value.isEmpty()) {
      return DEFAULTS.cover();
    }
    try {
      return parseCover(value.get());
    } catch (IllegalArgumentException e) {
      throw settings.bad(
          COVER, Message.of(ModerationSettings.class, "settings.cover", COVER, value.get()));
    }
  }
}

package org.ocnkit.qualification;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ocnkit.unit.UnitCode;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/**
 * A unit a qualification is built from: its code and which versions count, either a range ({@code
 * from} to {@code to}, open-ended without {@code to}) or one exact content hash.
 */
public record ListedUnit(
    UnitCode code, int fromVersion, OptionalInt toVersion, Optional<UnitHash> hash) {
  public ListedUnit {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(toVersion, "toVersion");
    Objects.requireNonNull(hash, "hash");
    if (fromVersion < 1) {
      throw new IllegalArgumentException("versions start at 1, got " + fromVersion);
    }
    if (toVersion.isPresent() && toVersion.getAsInt() < fromVersion) {
      throw new IllegalArgumentException(
          "version range " + fromVersion + "-" + toVersion.getAsInt() + " runs backwards");
    }
    if (hash.isPresent() && (fromVersion != 1 || toVersion.isPresent())) {
      throw new IllegalArgumentException("a listed unit has a version range or a hash, not both");
    }
  }

  /** Every version of {@code code}. */
  public static ListedUnit anyVersion(String code) {
    return new ListedUnit(new UnitCode(code), 1, OptionalInt.empty(), Optional.empty());
  }

  /** Versions {@code from} to {@code to}. */
  public static ListedUnit versions(String code, int from, int to) {
    return new ListedUnit(new UnitCode(code), from, OptionalInt.of(to), Optional.empty());
  }

  /** Exactly the version with {@code hash}. */
  public static ListedUnit exact(String code, UnitHash hash) {
    return new ListedUnit(new UnitCode(code), 1, OptionalInt.empty(), Optional.of(hash));
  }

  /** Whether the unit version {@code ref} with content {@code unitHash} counts. */
  public boolean accepts(UnitRef ref, UnitHash unitHash) {
    if (!ref.code().equals(code)) {
      return false;
    }
    if (hash.isPresent()) {
      return hash.get().equals(unitHash);
    }
    return ref.version() >= fromVersion
        && (toVersion.isEmpty() || ref.version() <= toVersion.getAsInt());
  }

  /** How the file writes the versions: {@code 1-}, {@code 1-3}, {@code 2}; empty with a hash. */
  public String versionsText() {
    if (hash.isPresent()) {
      return "";
    }
    if (toVersion.isEmpty()) {
      return fromVersion + "-";
    }
    return toVersion.getAsInt() == fromVersion
        ? Integer.toString(fromVersion)
        : fromVersion + "-" + toVersion.getAsInt();
  }
}

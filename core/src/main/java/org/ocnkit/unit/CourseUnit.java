package org.ocnkit.unit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ocnkit.io.Sha256;
import org.ocnkit.unit.internal.CanonicalUnitXml;

/**
 * One version of an OCN course unit ("kursenhet"): learning outcomes with assessment criteria at an
 * EQF level, with a credit value. Instances are immutable and always valid: credits equal notional
 * hours / 10, outcomes are numbered 1, 2 ... and each has criteria numbered under it, and a Swedish
 * title is present.
 *
 * <p>A unit's identity is its {@link #hash() content hash}; two units with the same content have
 * the same hash whatever the layout of the files they were read from.
 */
public final class CourseUnit {
  /** Notional learning hours per OCN credit. */
  public static final int HOURS_PER_CREDIT = 10;

  private final UnitRef ref;
  private final String titleSv;
  private final Optional<String> titleEn;
  private final Arena arena;
  private final EqfLevel level;
  private final int credits;
  private final int notionalHours;
  private final String purpose;
  private final List<LearningOutcome> outcomes;
  private final Set<AssessmentMethod> assessmentMethods;
  private final String evidenceRequirements;
  private final String author;
  private final OptionalInt reviewPeriodYears;
  private final UnitHash hash;

  private CourseUnit(Builder b) {
    this.ref = new UnitRef(new UnitCode(b.code), b.version);
    this.titleSv = Texts.normalize(b.titleSv);
    this.titleEn = b.titleEn.map(Texts::normalize);
    this.arena = b.arena;
    this.level = b.level;
    this.credits = b.credits;
    this.notionalHours = b.notionalHours;
    this.purpose = Texts.normalize(b.purpose);
    this.outcomes = List.copyOf(b.outcomes);
    this.assessmentMethods = Collections.unmodifiableSet(new LinkedHashSet<>(b.methods));
    this.evidenceRequirements = Texts.normalize(b.evidenceRequirements);
    this.author = Texts.normalize(b.author);
    this.reviewPeriodYears = b.reviewPeriodYears;
    this.hash = new UnitHash(sha256(canonicalForm()));
  }

  public static Builder builder() {
    return new Builder();
  }

  public UnitRef ref() {
    return ref;
  }

  public UnitCode code() {
    return ref.code();
  }

  public int version() {
    return ref.version();
  }

  /** The Swedish title; always present. */
  public String titleSv() {
    return titleSv;
  }

  public Optional<String> titleEn() {
    return titleEn;
  }

  /** The title in the reader's language: English if asked for and present, else Swedish. */
  public String title(java.util.Locale locale) {
    return "en".equals(locale.getLanguage()) ? titleEn.orElse(titleSv) : titleSv;
  }

  public Arena arena() {
    return arena;
  }

  public EqfLevel level() {
    return level;
  }

  public int credits() {
    return credits;
  }

  public int notionalHours() {
    return notionalHours;
  }

  public String purpose() {
    return purpose;
  }

  public List<LearningOutcome> outcomes() {
    return outcomes;
  }

  /** Every criterion of every outcome, in order. */
  public List<AssessmentCriterion> criteria() {
    List<AssessmentCriterion> all = new ArrayList<>();
    outcomes.forEach(o -> all.addAll(o.criteria()));
    return List.copyOf(all);
  }

  /** The criterion with {@code id}, if the unit has it. */
  public Optional<AssessmentCriterion> criterion(CriterionId id) {
    return criteria().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Set<AssessmentMethod> assessmentMethods() {
    return assessmentMethods;
  }

  public String evidenceRequirements() {
    return evidenceRequirements;
  }

  public String author() {
    return author;
  }

  /** Years until the panel must review the unit again, if the unit sets it. */
  public OptionalInt reviewPeriodYears() {
    return reviewPeriodYears;
  }

  /** The SHA-256 of {@link #canonicalForm()}. */
  public UnitHash hash() {
    return hash;
  }

  /**
   * The canonical XML of this unit: a valid unit file with a fixed element and attribute order, no
   * insignificant whitespace, and normalized text, encoded in UTF-8. Reading it back gives an equal
   * unit.
   */
  public byte[] canonicalForm() {
    return CanonicalUnitXml.write(this).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CourseUnit other && hash.equals(other.hash);
  }

  @Override
  public int hashCode() {
    return hash.hashCode();
  }

  @Override
  public String toString() {
    return ref + " " + titleSv + " (" + hash.prefix() + ")";
  }

  private static String sha256(byte[] data) {
    return Sha256.hex(data);
  }

  /** Collects a unit's fields; {@link #build()} checks the rules and says which one is broken. */
  public static final class Builder {
    private String code;
    private int version;
    private String titleSv;
    private Optional<String> titleEn = Optional.empty();
    private Arena arena;
    private EqfLevel level;
    private int credits;
    private int notionalHours;
    private String purpose;
    private final List<LearningOutcome> outcomes = new ArrayList<>();
    private final Set<AssessmentMethod> methods = EnumSet.noneOf(AssessmentMethod.class);
    private String evidenceRequirements;
    private String author;
    private OptionalInt reviewPeriodYears = OptionalInt.empty();

    private Builder() {}

    public Builder code(String code) {
      this.code = code;
      return this;
    }

    public Builder version(int version) {
      this.version = version;
      return this;
    }

    public Builder titleSv(String title) {
      this.titleSv = title;
      return this;
    }

    public Builder titleEn(String title) {
      this.titleEn = Optional.ofNullable(title);
      return this;
    }

    public Builder arena(Arena arena) {
      this.arena = arena;
      return this;
    }

    public Builder level(int level) {
      this.level = new EqfLevel(level);
      return this;
    }

    /** Sets notional hours and the credits they are worth (hours / 10). */
    public Builder notionalHours(int hours) {
      this.notionalHours = hours;
      this.credits = hours / HOURS_PER_CREDIT;
      return this;
    }

    /** Overrides the credits derived from the hours; {@link #build()} checks they agree. */
    public Builder credits(int credits) {
      this.credits = credits;
      return this;
    }

    public Builder purpose(String purpose) {
      this.purpose = purpose;
      return this;
    }

    public Builder outcome(LearningOutcome outcome) {
      this.outcomes.add(Objects.requireNonNull(outcome));
      return this;
    }

    /**
     * Adds outcome number {@code outcomes.size() + 1} with criteria numbered under it.
     *
     * @param statement "Deltagaren ska ..."
     * @param criteria "Deltagaren kan ...", in order
     */
    public Builder outcome(String statement, String... criteria) {
      OutcomeId id = new OutcomeId(outcomes.size() + 1);
      List<AssessmentCriterion> list = new ArrayList<>();
      for (int i = 0; i < criteria.length; i++) {
        list.add(new AssessmentCriterion(new CriterionId(id, i + 1), criteria[i]));
      }
      return outcome(new LearningOutcome(id, statement, list));
    }

    public Builder method(AssessmentMethod method) {
      this.methods.add(Objects.requireNonNull(method));
      return this;
    }

    public Builder evidenceRequirements(String text) {
      this.evidenceRequirements = text;
      return this;
    }

    public Builder author(String author) {
      this.author = author;
      return this;
    }

    public Builder reviewPeriodYears(int years) {
      this.reviewPeriodYears = OptionalInt.of(years);
      return this;
    }

    /** The unit, or {@link IllegalArgumentException} naming the first broken rule. */
    public CourseUnit build() {
      require(code != null && UnitCode.isValid(code), "code must look like HS-KUND-01");
      require(version >= 1, "version must be 1 or more");
      require(titleSv != null && !titleSv.isBlank(), "a Swedish title is required");
      require(titleEn.map(t -> !t.isBlank()).orElse(true), "the English title is blank");
      require(arena != null, "arena is required");
      require(level != null, "EQF level is required");
      require(
          notionalHours >= HOURS_PER_CREDIT && notionalHours % HOURS_PER_CREDIT == 0,
          "notional hours must be a multiple of 10, at least 10");
      require(
          credits == notionalHours / HOURS_PER_CREDIT, "credits must equal notional hours / 10");
      require(nonBlank(purpose), "purpose is required");
      require(!outcomes.isEmpty(), "a unit needs at least one learning outcome");
      for (int i = 0; i < outcomes.size(); i++) {
        require(
            outcomes.get(i).id().number() == i + 1,
            "outcomes must be numbered 1, 2, 3 ... in order");
      }
      require(!methods.isEmpty(), "at least one assessment method is required");
      require(nonBlank(evidenceRequirements), "evidence requirements are required");
      require(nonBlank(author), "author is required");
      require(
          reviewPeriodYears.orElse(1) >= 1 && reviewPeriodYears.orElse(1) <= 10,
          "review period must be 1-10 years");
      return new CourseUnit(this);
    }

    private static boolean nonBlank(String s) {
      return s != null && !s.isBlank();
    }

    private static void require(boolean condition, String rule) {
      if (!condition) {
        throw new IllegalArgumentException(rule);
      }
    }
  }
}

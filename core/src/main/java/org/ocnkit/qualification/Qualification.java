package org.ocnkit.qualification;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ocnkit.io.Sha256;
import org.ocnkit.qualification.internal.CanonicalQualificationXml;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitCode;

/**
 * One version of a qualification (an award, "utbildningsbevis"): the units it is built from and its
 * {@link Rules rules of combination}, at an EQF level. Instances are immutable and always valid:
 * every unit a rule names is listed, each unit is listed once, a Swedish title is present.
 *
 * <p>Its identity is its {@link #hash() content hash}, the SHA-256 of {@link #canonicalForm()}:
 * layout of the file (indentation, attribute order, comments) does not change it, any change of
 * content or rules does.
 */
public final class Qualification {
  private final QualificationRef ref;
  private final String titleSv;
  private final Optional<String> titleEn;
  private final EqfLevel level;
  private final String purpose;
  private final List<ListedUnit> units;
  private final Rules rules;
  private final String author;
  private final OptionalInt reviewPeriodYears;
  private final QualificationHash hash;

  private Qualification(Builder b) {
    this.ref = new QualificationRef(new QualificationCode(b.code), b.version);
    this.titleSv = normalize(Objects.requireNonNull(b.titleSv, "a Swedish title is required"));
    this.titleEn = b.titleEn.map(Qualification::normalize);
    this.level = Objects.requireNonNull(b.level, "level");
    this.purpose = normalize(Objects.requireNonNull(b.purpose, "purpose"));
    this.units = List.copyOf(b.units);
    this.rules = Objects.requireNonNull(b.rules, "rules");
    this.author = normalize(Objects.requireNonNull(b.author, "author"));
    this.reviewPeriodYears = b.reviewPeriodYears;
    if (units.isEmpty()) {
      throw new IllegalArgumentException("a qualification lists at least one unit");
    }
    Set<UnitCode> listed = new HashSet<>();
    for (ListedUnit unit : units) {
      if (!listed.add(unit.code())) {
        throw new IllegalArgumentException("unit " + unit.code() + " is listed twice");
      }
    }
    for (UnitCode named : rules.namedUnits()) {
      if (!listed.contains(named)) {
        throw new IllegalArgumentException("a rule names unit " + named + ", which is not listed");
      }
    }
    this.hash = new QualificationHash(sha256(canonicalForm()));
  }

  public static Builder builder() {
    return new Builder();
  }

  public QualificationRef ref() {
    return ref;
  }

  public QualificationCode code() {
    return ref.code();
  }

  public int version() {
    return ref.version();
  }

  public String titleSv() {
    return titleSv;
  }

  public Optional<String> titleEn() {
    return titleEn;
  }

  /** The title in the reader's language: English if asked for and present, else Swedish. */
  public String title(Locale locale) {
    return "en".equals(locale.getLanguage()) ? titleEn.orElse(titleSv) : titleSv;
  }

  /** The EQF level of the award. */
  public EqfLevel level() {
    return level;
  }

  public String purpose() {
    return purpose;
  }

  /** The units it is built from, in file order. */
  public List<ListedUnit> units() {
    return units;
  }

  /** The listed unit with {@code code}, if it is one. */
  public Optional<ListedUnit> unit(UnitCode code) {
    return units.stream().filter(u -> u.code().equals(code)).findFirst();
  }

  public Rules rules() {
    return rules;
  }

  public String author() {
    return author;
  }

  public OptionalInt reviewPeriodYears() {
    return reviewPeriodYears;
  }

  /** The SHA-256 of {@link #canonicalForm()}: what the panel approves. */
  public QualificationHash hash() {
    return hash;
  }

  /** The canonical XML (a valid qualification file), UTF-8. */
  public byte[] canonicalForm() {
    return CanonicalQualificationXml.write(this).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Qualification other && hash.equals(other.hash);
  }

  @Override
  public int hashCode() {
    return hash.hashCode();
  }

  @Override
  public String toString() {
    return ref + " (" + hash.prefix() + ")";
  }

  static String normalize(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return nfc.replaceAll("[ \t\r\n]+", " ").trim();
  }

  private static String sha256(byte[] data) {
    return Sha256.hex(data);
  }

  /** Collects a qualification's fields; {@link #build()} checks the cross-field rules. */
  public static final class Builder {
    private String code;
    private int version;
    private String titleSv;
    private Optional<String> titleEn = Optional.empty();
    private EqfLevel level;
    private String purpose;
    private final List<ListedUnit> units = new ArrayList<>();
    private Rules rules;
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

    public Builder level(int level) {
      this.level = new EqfLevel(level);
      return this;
    }

    public Builder purpose(String purpose) {
      this.purpose = purpose;
      return this;
    }

    public Builder unit(ListedUnit unit) {
      this.units.add(Objects.requireNonNull(unit));
      return this;
    }

    public Builder rules(Rules rules) {
      this.rules = rules;
      return this;
    }

    public Builder author(String author) {
      this.author = author;
      return this;
    }

    public Builder reviewPeriodYears(int years) {
      if (years < 1 || years > 10) {
        throw new IllegalArgumentException("review period must be 1-10 years, got " + years);
      }
      this.reviewPeriodYears = OptionalInt.of(years);
      return this;
    }

    public Qualification build() {
      return new Qualification(this);
    }
  }
}

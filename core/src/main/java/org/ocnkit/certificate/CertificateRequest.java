package org.ocnkit.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.ocnkit.unit.UnitCode;

/**
 * What the caller asks a certificate to certify: the holder, the programme, the units achieved and
 * the main language, plus opaque {@link Reference references} the register keeps with the
 * certificate (such as the apprentice and enrolment identifiers it certifies, so that a later run
 * can tell what was already certified). The issuer adds everything else: its own name and
 * certificate, the serial number and the issue date.
 *
 * <p>Deciding what may be certified (signed-off units, confirmed moderation, usable approvals) is
 * the caller's job; {@link CertificateIssuer} checks only what a record requires. Instances are
 * immutable; {@link Builder#build()} refuses a request without units or with a unit twice.
 */
public final class CertificateRequest {
  private final Holder holder;
  private final String programme;
  private final Language language;
  private final List<AchievedUnit> units;
  private final List<Reference> references;
  private final java.util.Optional<QualificationAward> qualification;

  private CertificateRequest(Builder b) {
    this.qualification = b.qualification;
    this.holder = b.holder;
    this.programme = b.programme;
    this.language = b.language;
    this.units = List.copyOf(b.units);
    this.references = List.copyOf(b.references);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Holder holder() {
    return holder;
  }

  public String programme() {
    return programme;
  }

  /** The main language of the PDF. */
  public Language language() {
    return language;
  }

  /** The units to list, in this order. */
  public List<AchievedUnit> units() {
    return units;
  }

  /**
   * The qualification the certificate awards, when it is a qualification certificate (its units are
   * then the units counted, each resting on the unit certificate the award names).
   */
  public java.util.Optional<QualificationAward> qualification() {
    return qualification;
  }

  /** What the register records with the certificate; may be empty. */
  public List<Reference> references() {
    return references;
  }

  /** The holder's name and the number of units only. */
  @Override
  public String toString() {
    return "CertificateRequest[" + holder.name() + ", " + units.size() + " units]";
  }

  /**
   * An opaque reference kept with a certificate in the register, such as {@code ("enrolment",
   * "42")}. An identifier, never a name: the register holds no personal data.
   *
   * @param kind lowercase letters, digits and hyphens, starting with a letter, 1-40 characters
   * @param value 1-100 characters without whitespace or control characters
   */
  public record Reference(String kind, String value) {
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern VALUE = Pattern.compile("[^\\s\\p{Cntrl}]{1,100}");

    public Reference {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
      if (!KIND.matcher(kind).matches()) {
        throw new IllegalArgumentException(
            "a reference kind is lowercase letters, digits and hyphens, got \"" + kind + "\"");
      }
      if (!VALUE.matcher(value).matches()) {
        throw new IllegalArgumentException(
            "a reference value is 1-100 characters without whitespace, got \"" + value + "\"");
      }
    }
  }

  /** Collects a request; {@link #build()} checks it. */
  public static final class Builder {
    private Holder holder;
    private String programme;
    private Language language = Language.SV;
    private final List<AchievedUnit> units = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private java.util.Optional<QualificationAward> qualification = java.util.Optional.empty();

    private Builder() {}

    /** Makes the request one for a qualification certificate awarding {@code award}. */
    public Builder qualification(QualificationAward award) {
      this.qualification = java.util.Optional.of(Objects.requireNonNull(award, "award"));
      return this;
    }

    public Builder holder(Holder newHolder) {
      this.holder = Objects.requireNonNull(newHolder, "holder");
      return this;
    }

    /** The holder by name and date of birth. */
    public Builder holder(String name, LocalDate dateOfBirth) {
      return holder(new Holder(name, dateOfBirth));
    }

    public Builder programme(String name) {
      this.programme = Texts.normalize(name, "programme", 500);
      return this;
    }

    /** Swedish unless set. */
    public Builder language(Language newLanguage) {
      this.language = Objects.requireNonNull(newLanguage, "language");
      return this;
    }

    public Builder unit(AchievedUnit unit) {
      units.add(Objects.requireNonNull(unit, "unit"));
      return this;
    }

    public Builder units(List<AchievedUnit> more) {
      more.forEach(this::unit);
      return this;
    }

    public Builder reference(String kind, String value) {
      references.add(new Reference(kind, value));
      return this;
    }

    /**
     * @throws IllegalStateException when the holder or programme is missing, there is no unit, or a
     *     unit code is listed twice
     */
    public CertificateRequest build() {
      if (holder == null || programme == null) {
        throw new IllegalStateException("a certificate request needs a holder and a programme");
      }
      if (units.isEmpty()) {
        throw new IllegalStateException("a certificate request lists at least one unit");
      }
      Set<UnitCode> codes = new HashSet<>();
      for (AchievedUnit unit : units) {
        if (!codes.add(unit.ref().code())) {
          throw new IllegalStateException("unit " + unit.ref().code() + " is listed twice");
        }
      }
      if (qualification.isPresent()
          && !qualification.get().unitCertificates().keySet().equals(codes)) {
        throw new IllegalStateException(
            "a qualification certificate request names the unit"
                + " certificate of every unit it lists, and no other");
      }
      return new CertificateRequest(this);
    }
  }
}

package org.ocnkit.certificate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.InvalidInputException;
import org.ocnkit.certificate.internal.CanonicalCertificateXml;
import org.ocnkit.certificate.internal.CertificateReader;
import org.ocnkit.unit.UnitCode;

/**
 * What a certificate certifies: the holder, the issuer and the issuer's serial number for this
 * certificate, the programme, the course units achieved with level and credits, the total, the
 * issue date and the main language of the PDF.
 *
 * <p>A record has one byte form, {@link #toXml()} (UTF-8 XML in the namespace {@value #NAMESPACE},
 * schema {@code certificate-record.xsd}); its SHA-256 is the certificate's {@link #fingerprint()}.
 * The form is canonical: the same record always gives the same bytes, and {@link #read} accepts
 * only that form, so one record has exactly one fingerprint. Instances are immutable and always
 * valid: at least one unit, each unit code once, the total equals the sum of the credits, nothing
 * achieved after the issue date.
 *
 * <p>The {@link #serial()} number, unique per issuer, makes two certificates with the same content
 * (the same units for the same person, issued twice on one day) two different records with two
 * different fingerprints, so that the register and the transparency log never confuse them.
 */
public final class CertificateRecord {
  /** The XML namespace of version 1 of the record. */
  public static final String NAMESPACE = "https://ocnkit.org/ns/certificate/1";

  /** The name of the record when it is embedded in a certificate PDF. */
  public static final String FILE_NAME = "certificate.xml";

  /** The MIME type of the record. */
  public static final String MIME_TYPE = "application/xml";

  private final Language language;
  private final Holder holder;
  private final Issuer issuer;
  private final long serial;
  private final String programme;
  private final List<AchievedUnit> units;
  private final Optional<QualificationAward> qualification;
  private final int totalCredits;
  private final LocalDate issueDate;
  private final byte[] xml;
  private final Fingerprint fingerprint;

  private CertificateRecord(Builder b) {
    this.language = b.language;
    this.holder = b.holder;
    this.issuer = b.issuer;
    this.serial = b.serial;
    this.programme = b.programme;
    this.units = List.copyOf(b.units);
    this.qualification = b.qualification;
    this.totalCredits = units.stream().mapToInt(AchievedUnit::credits).sum();
    this.issueDate = b.issueDate;
    this.xml = CanonicalCertificateXml.write(this).getBytes(StandardCharsets.UTF_8);
    this.fingerprint = Fingerprint.of(xml);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a record in its canonical form, checking it against the schema and the rules.
   *
   * @param source how the user names the file, used in every problem's location
   * @throws InvalidInputException with every problem found, each with line and column
   */
  public static CertificateRecord read(String source, byte[] xml) {
    return CertificateReader.read(source, xml);
  }

  /** The main language of the certificate PDF. */
  public Language language() {
    return language;
  }

  public Holder holder() {
    return holder;
  }

  public Issuer issuer() {
    return issuer;
  }

  /**
   * The issuer's number for this certificate, 1 or more, unique among the certificates of one
   * issuer (the register hands them out in order).
   */
  public long serial() {
    return serial;
  }

  /** The programme the units were achieved in, such as "Lärlingsprogrammet Västra Götaland". */
  public String programme() {
    return programme;
  }

  /** The units, in the order the issuer listed them. */
  public List<AchievedUnit> units() {
    return units;
  }

  /**
   * The qualification this certificate awards, when it is a {@link Kind#QUALIFICATION qualification
   * certificate}; empty for a certificate of units.
   */
  public Optional<QualificationAward> qualification() {
    return qualification;
  }

  /** What the certificate certifies: units, or a qualification resting on unit certificates. */
  public Kind kind() {
    return qualification.isPresent() ? Kind.QUALIFICATION : Kind.UNITS;
  }

  /** The kinds of certificate. */
  public enum Kind {
    /** Course units achieved ("OCN-intyg"): the record has no {@code <qualification>}. */
    UNITS,
    /**
     * A qualification gained ("utbildningsbevis"): the record names the qualification and, for
     * every unit it lists, the unit certificate that unit was certified by.
     */
    QUALIFICATION
  }

  /** The sum of the units' credits. */
  public int totalCredits() {
    return totalCredits;
  }

  public LocalDate issueDate() {
    return issueDate;
  }

  /** The canonical bytes: what is embedded in the PDF and hashed. */
  public byte[] toXml() {
    return xml.clone();
  }

  /** The SHA-256 of {@link #toXml()}. */
  public Fingerprint fingerprint() {
    return fingerprint;
  }

  /** The short code derived from the fingerprint. */
  public CertificateCode code() {
    return CertificateCode.of(fingerprint);
  }

  /**
   * The link a QR code on the certificate carries: {@code <base>/<code>#<fingerprint>}. The
   * fragment never reaches the server; a verification page compares it with what the register holds
   * for the code.
   */
  public String verificationLink(String baseUrl) {
    String base = baseUrl.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + "/" + code() + "#" + fingerprint;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CertificateRecord r && fingerprint.equals(r.fingerprint);
  }

  @Override
  public int hashCode() {
    return fingerprint.hashCode();
  }

  @Override
  public String toString() {
    return "CertificateRecord["
        + code()
        + ", serial "
        + serial
        + ", "
        + units.size()
        + " units, "
        + totalCredits
        + " credits]";
  }

  /** Collects the parts of a record; {@link #build()} checks the rules between them. */
  public static final class Builder {
    private Language language = Language.SV;
    private Holder holder;
    private Issuer issuer;
    private long serial;
    private String programme;
    private final List<AchievedUnit> units = new ArrayList<>();
    private Optional<QualificationAward> qualification = Optional.empty();
    private LocalDate issueDate;

    private Builder() {}

    /** Makes the record a qualification certificate awarding {@code award}. */
    public Builder qualification(QualificationAward award) {
      this.qualification = Optional.of(Objects.requireNonNull(award, "award"));
      return this;
    }

    /** The main language of the PDF; Swedish unless set. */
    public Builder language(Language newLanguage) {
      this.language = Objects.requireNonNull(newLanguage, "language");
      return this;
    }

    public Builder holder(Holder newHolder) {
      this.holder = Objects.requireNonNull(newHolder, "holder");
      return this;
    }

    public Builder issuer(Issuer newIssuer) {
      this.issuer = Objects.requireNonNull(newIssuer, "issuer");
      return this;
    }

    /** The issuer's serial number for this certificate, 1 or more. */
    public Builder serial(long number) {
      if (number < 1) {
        throw new IllegalArgumentException(
            "a certificate serial number is 1 or more, got " + number);
      }
      this.serial = number;
      return this;
    }

    public Builder programme(String name) {
      this.programme = Texts.normalize(name, "programme", 500);
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

    public Builder issueDate(LocalDate date) {
      this.issueDate = Objects.requireNonNull(date, "issueDate");
      return this;
    }

    /**
     * @throws IllegalStateException naming the first rule broken: a part missing (the serial number
     *     included), no unit, a unit code twice, a unit achieved after the issue date, the holder
     *     born on or after it
     */
    public CertificateRecord build() {
      if (holder == null || issuer == null || programme == null || issueDate == null) {
        throw new IllegalStateException(
            "a certificate record needs holder, issuer, programme" + " and issue date");
      }
      if (serial < 1) {
        throw new IllegalStateException("a certificate record needs its serial number");
      }
      if (units.isEmpty()) {
        throw new IllegalStateException("a certificate lists at least one unit");
      }
      Set<UnitCode> codes = new HashSet<>();
      for (AchievedUnit unit : units) {
        if (!codes.add(unit.ref().code())) {
          throw new IllegalStateException("unit " + unit.ref().code() + " is listed twice");
        }
        if (unit.achieved().isAfter(issueDate)) {
          throw new IllegalStateException(
              "unit "
                  + unit.ref()
                  + " was achieved on "
                  + unit.achieved()
                  + ", after the issue date "
                  + issueDate);
        }
      }
      if (qualification.isPresent()
          && !qualification.get().unitCertificates().keySet().equals(codes)) {
        throw new IllegalStateException(
            "a qualification certificate names the unit certificate"
                + " of every unit it lists, and no other: units "
                + codes
                + ", unit certificates for "
                + qualification.get().unitCertificates().keySet());
      }
      if (!holder.dateOfBirth().isBefore(issueDate)) {
        throw new IllegalStateException(
            "the holder's date of birth "
                + holder.dateOfBirth()
                + " is not before the issue date "
                + issueDate);
      }
      return new CertificateRecord(this);
    }
  }
}

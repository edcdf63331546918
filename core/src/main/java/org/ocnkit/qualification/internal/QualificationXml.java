package org.ocnkit.qualification.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jaxb.core.annotation.XmlLocation;
import org.xml.sax.Locator;

/** The {@code <qualification>} element as JAXB binds it; see {@code qualification.xsd}. */
@XmlRootElement(name = "qualification")
public final class QualificationXml {
  public static final String NAMESPACE = "https://ocnkit.org/ns/qualification/1";

  @XmlLocation @XmlTransient public Locator location;

  @XmlAttribute(name = "code")
  public String code;

  @XmlAttribute(name = "version")
  public String version;

  @XmlElement(name = "title")
  public List<Title> titles = new ArrayList<>();

  @XmlElement(name = "level")
  public Located level;

  @XmlElement(name = "purpose")
  public Located purpose;

  @XmlElement(name = "units")
  public Units units;

  @XmlElement(name = "rules")
  public RulesXml rules;

  @XmlElement(name = "author")
  public Located author;

  @XmlElement(name = "reviewPeriodYears")
  public Located reviewPeriodYears;

  /** Text content with the place it was read from. */
  public static class Located {
    @XmlLocation @XmlTransient public Locator location;
    @XmlValue public String value;

    /** Never present; makes JAXB bind a complex type so that {@link #location} is set. */
    @XmlAttribute(name = "unbound")
    public String unbound;
  }

  /** {@code <title lang="sv">}. */
  public static final class Title {
    @XmlLocation @XmlTransient public Locator location;

    @XmlAttribute(name = "lang")
    public String lang;

    @XmlValue public String value;
  }

  /** {@code <units>}. */
  public static final class Units {
    @XmlLocation @XmlTransient public Locator location;

    @XmlElement(name = "unit")
    public List<Unit> units = new ArrayList<>();
  }

  /** {@code <unit code=".." versions=".." hash=".."/>}, in the list or named by a rule. */
  public static final class Unit {
    @XmlLocation @XmlTransient public Locator location;

    @XmlAttribute(name = "code")
    public String code;

    @XmlAttribute(name = "versions")
    public String versions;

    @XmlAttribute(name = "hash")
    public String hash;
  }

  /** {@code <rules>}. */
  public static final class RulesXml {
    @XmlLocation @XmlTransient public Locator location;

    @XmlElement(name = "totalCredits")
    public Located totalCredits;

    @XmlElement(name = "mandatory")
    public UnitList mandatory;

    @XmlElement(name = "group")
    public List<Group> groups = new ArrayList<>();

    @XmlElement(name = "levelCredits")
    public List<Level> levels = new ArrayList<>();

    @XmlElement(name = "exclusion")
    public List<UnitList> exclusions = new ArrayList<>();

    @XmlElement(name = "unitValidityYears")
    public Located unitValidityYears;

    @XmlElement(name = "otherProviders")
    public Providers otherProviders;
  }

  /** A list of {@code <unit code=".."/>}. */
  public static class UnitList {
    @XmlLocation @XmlTransient public Locator location;

    @XmlElement(name = "unit")
    public List<Unit> units = new ArrayList<>();
  }

  /** {@code <group id="B" minCredits="4">}. */
  public static final class Group {
    @XmlLocation @XmlTransient public Locator location;

    @XmlAttribute(name = "id")
    public String id;

    @XmlAttribute(name = "minCredits")
    public String minCredits;

    @XmlAttribute(name = "minUnits")
    public String minUnits;

    @XmlElement(name = "title")
    public List<Title> titles = new ArrayList<>();

    @XmlElement(name = "unit")
    public List<Unit> units = new ArrayList<>();
  }

  /** {@code <levelCredits level="3" minCredits="3"/>}. */
  public static final class Level {
    @XmlLocation @XmlTransient public Locator location;

    @XmlAttribute(name = "level")
    public String level;

    @XmlAttribute(name = "minCredits")
    public String minCredits;
  }

  /** {@code <otherProviders maxCredits="..">}. */
  public static final class Providers {
    @XmlLocation @XmlTransient public Locator location;

    @XmlAttribute(name = "maxCredits")
    public String maxCredits;

    @XmlElement(name = "provider")
    public List<Located> providers = new ArrayList<>();
  }
}

package org.ocnkit.unit.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jaxb.core.annotation.XmlLocation;
import org.xml.sax.Locator;

/** The {@code <unit>} element as JAXB binds it; see {@code course-unit.xsd}. */
@XmlRootElement(name = "unit")
public final class UnitXml {
  public static final String NAMESPACE = "https://ocnkit.org/ns/course-unit/1";

  @XmlLocation @XmlTransient public Locator location;

  @XmlAttribute(name = "code")
  public String code;

  @XmlAttribute(name = "version")
  public String version;

  @XmlElement(name = "title")
  public List<Title> titles = new ArrayList<>();

  @XmlElement(name = "arena")
  public Located arena;

  @XmlElement(name = "level")
  public Located level;

  @XmlElement(name = "credits")
  public Located credits;

  @XmlElement(name = "notionalHours")
  public Located notionalHours;

  @XmlElement(name = "purpose")
  public Located purpose;

  @XmlElement(name = "outcomes")
  public Outcomes outcomes;

  @XmlElementWrapper(name = "assessmentMethods")
  @XmlElement(name = "method")
  public List<Located> methods = new ArrayList<>();

  @XmlElement(name = "evidenceRequirements")
  public Located evidenceRequirements;

  @XmlElement(name = "author")
  public Located author;

  @XmlElement(name = "reviewPeriodYears")
  public Located reviewPeriodYears;

  /** Text content with the place it was read from. */
  public static class Located {
    @XmlLocation @XmlTransient public Locator location;
    @XmlValue public String value;

    /**
     * Never present: the schema allows no attribute on these elements. Declaring an attribute makes
     * JAXB bind the element as a complex type; a class with only an {@code @XmlValue} is bound as a
     * simple type, and JAXB then never sets its {@link #location}.
     */
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

  /** {@code <outcomes>}. */
  public static final class Outcomes {
    @XmlLocation @XmlTransient public Locator location;

    @XmlElement(name = "outcome")
    public List<Outcome> outcomes = new ArrayList<>();
  }

  /** {@code <outcome id="1">}. */
  public static final class Outcome {
    @XmlLocation @XmlTransient public Locator location;

    @XmlAttribute(name = "id")
    public String id;

    @XmlElement(name = "statement")
    public Located statement;

    @XmlElement(name = "criterion")
    public List<Criterion> criteria = new ArrayList<>();
  }

  /** {@code <criterion id="1.1">}. */
  public static final class Criterion {
    @XmlLocation @XmlTransient public Locator location;

    @XmlAttribute(name = "id")
    public String id;

    @XmlValue public String value;
  }
}

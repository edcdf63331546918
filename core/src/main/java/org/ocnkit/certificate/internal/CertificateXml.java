package org.ocnkit.certificate.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <certificate>} element as JAXB binds it; see {@code certificate-record.xsd}. Where
 * each element stands in the file is recorded separately by {@link ElementPositions}: the Glassfish
 * runtime does not fill {@code @XmlLocation} on classes with an {@code @XmlValue}.
 */
@XmlRootElement(name = "certificate")
public final class CertificateXml {
  @XmlAttribute(name = "language")
  public String language;

  @XmlElement(name = "holder")
  public Holder holder;

  @XmlElement(name = "issuer")
  public Issuer issuer;

  @XmlElement(name = "serial")
  public String serial;

  @XmlElement(name = "programme")
  public String programme;

  @XmlElement(name = "qualification")
  public Qualification qualification;

  @XmlElementWrapper(name = "units")
  @XmlElement(name = "unit")
  public List<Unit> units = new ArrayList<>();

  @XmlElement(name = "totalCredits")
  public String totalCredits;

  @XmlElement(name = "issueDate")
  public String issueDate;

  /** {@code <holder>}. */
  public static final class Holder {
    @XmlElement(name = "name")
    public String name;

    @XmlElement(name = "dateOfBirth")
    public String dateOfBirth;
  }

  /** {@code <issuer>}. */
  public static final class Issuer {
    @XmlElement(name = "organisation")
    public String organisation;

    @XmlElement(name = "certificateSha256")
    public String certificateSha256;
  }

  /** {@code <unit code="..." version="...">}. */
  public static final class Unit {
    @XmlAttribute(name = "code")
    public String code;

    @XmlAttribute(name = "version")
    public String version;

    @XmlElement(name = "hash")
    public String hash;

    @XmlElement(name = "title")
    public List<Title> titles = new ArrayList<>();

    @XmlElement(name = "level")
    public String level;

    @XmlElement(name = "credits")
    public String credits;

    @XmlElement(name = "achieved")
    public String achieved;

    @XmlElement(name = "panelDecision")
    public String panelDecision;

    @XmlElement(name = "certificate")
    public String certificate;
  }

  /** {@code <qualification code="..." version="...">}, on a qualification certificate. */
  public static final class Qualification {
    @XmlAttribute(name = "code")
    public String code;

    @XmlAttribute(name = "version")
    public String version;

    @XmlElement(name = "hash")
    public String hash;

    @XmlElement(name = "title")
    public List<Title> titles = new ArrayList<>();

    @XmlElement(name = "level")
    public String level;

    @XmlElement(name = "panelDecision")
    public String panelDecision;
  }

  /** {@code <title lang="sv">}. */
  public static final class Title {
    @XmlAttribute(name = "lang")
    public String lang;

    @XmlValue public String value;
  }
}

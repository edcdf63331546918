package org.ocnkit.certificate.internal;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.validation.Schema;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.certificate.CertificateRecord;
import org.ocnkit.certificate.Holder;
import org.ocnkit.certificate.Issuer;
import org.ocnkit.certificate.Language;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.xml.SchemaValidation;
import org.ocnkit.xml.SecureXml;
import org.xml.sax.SAXParseException;

/**
 * Reads a certificate record in three passes, each reporting every problem it finds with line and
 * column: the XSD, then the rules a schema cannot express (total credits, one entry per unit code,
 * title languages, dates), then the canonical form (a record is read only in the exact form ocnkit
 * writes, so that one record has one fingerprint).
 */
public final class CertificateReader {
  private static final Schema SCHEMA = SecureXml.schema(schemaLocation());
  private static final JAXBContext JAXB = SecureXml.context(CertificateXml.class);

  /** Facet errors that the following "value ... of element ... is not valid" error repeats. */
  private static final Pattern FACET_ERROR =
      Pattern.compile(
          "cvc-(pattern-valid|enumeration-valid|minInclusive-valid|maxInclusive-valid|"
              + "datatype-valid\\.1\\.2\\.1|minLength-valid|maxLength-valid).*");

  private CertificateReader() {}

  /** The XSD shipped in the jar. */
  public static URL schemaLocation() {
    return CertificateReader.class.getResource("/org/ocnkit/certificate/certificate-record.xsd");
  }

  /**
   * Reads and checks {@code content}.
   *
   * @throws InvalidInputException with every problem found
   */
  public static CertificateRecord read(String source, byte[] content) {
    List<Problem> problems = new ArrayList<>();
    if (!validate(source, content, problems)) {
      throw new InvalidInputException(problems);
    }
    CertificateXml xml;
    try {
      Unmarshaller unmarshaller = JAXB.createUnmarshaller();
      unmarshaller.setEventHandler(event -> true); // the schema pass has reported these
      Object root = unmarshaller.unmarshal(SecureXml.source(content));
      xml = (CertificateXml) root;
    } catch (JAXBException | ClassCastException e) {
      throw new InvalidInputException(
          Problem.at(source, 0, 0, message("rule.xml.malformed", String.valueOf(e.getMessage()))));
    }
    new Rules(source, ElementPositions.of(SecureXml.source(content)), problems).check(xml);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    CertificateRecord record;
    try {
      record = toModel(xml);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException(
          Problem.at(source, 0, 0, message("rule.invalid", e.getMessage())));
    }
    byte[] canonical = record.toXml();
    if (!Arrays.equals(canonical, content)) {
      throw new InvalidInputException(canonicalProblem(source, content, canonical));
    }
    return record;
  }

  private static Problem canonicalProblem(String source, byte[] content, byte[] canonical) {
    String[] found = new String(content, StandardCharsets.UTF_8).split("\n", -1);
    String[] expected = new String(canonical, StandardCharsets.UTF_8).split("\n", -1);
    int i = 0;
    while (i < found.length && i < expected.length && found[i].equals(expected[i])) {
      i++;
    }
    String want = i < expected.length ? expected[i] : "";
    String got = i < found.length ? found[i] : "";
    return Problem.at(source, i + 1, 0, message("rule.canonical", shorten(want), shorten(got)));
  }

  private static String shorten(String line) {
    String visible = line.replace("\r", "\\r").replace("\t", "\\t");
    return visible.length() > 100 ? visible.substring(0, 100) + "\u2026" : visible;
  }

  private static boolean validate(String source, byte[] content, List<Problem> out) {
    SchemaValidation validation = SecureXml.validate(SCHEMA, content);
    if (validation.unreadable().isPresent()) {
      out.add(
          Problem.at(source, 0, 0, message("rule.xml.malformed", validation.unreadable().get())));
      return false;
    }
    List<SAXParseException> errors = validation.errors();
    boolean fatal = validation.fatal();
    String prefix = "\"" + CertificateRecord.NAMESPACE + "\":";
    for (int i = 0; i < errors.size(); i++) {
      SAXParseException e = errors.get(i);
      String text = String.valueOf(e.getMessage()).replace(prefix, "");
      boolean repeatedNext =
          i + 1 < errors.size()
              && errors.get(i + 1).getLineNumber() == e.getLineNumber()
              && errors.get(i + 1).getColumnNumber() == e.getColumnNumber();
      if (FACET_ERROR.matcher(text).matches() && repeatedNext) {
        continue;
      }
      String key = fatal && i == errors.size() - 1 ? "rule.xml.malformed" : "rule.schema";
      out.add(Problem.at(source, e.getLineNumber(), e.getColumnNumber(), message(key, text)));
    }
    return errors.isEmpty();
  }

  /** The rules a schema cannot express, checked where the schema has already passed. */
  private static final class Rules {
    private static final String UNITS = "/certificate/units/unit";

    private final String source;
    private final ElementPositions positions;
    private final List<Problem> problems;

    Rules(String source, ElementPositions positions, List<Problem> problems) {
      this.source = source;
      this.positions = positions;
      this.problems = problems;
    }

    void check(CertificateXml xml) {
      LocalDate issued = LocalDate.parse(xml.issueDate.trim());
      int sum = 0;
      Map<String, Integer> codes = new HashMap<>();
      for (int i = 0; i < xml.units.size(); i++) {
        CertificateXml.Unit unit = xml.units.get(i);
        String path = UNITS + (i == 0 ? "" : "[" + (i + 1) + "]");
        String code = unit.code.trim();
        sum += Integer.parseInt(unit.credits.trim());
        Integer first = codes.putIfAbsent(code, positions.at(path).line());
        if (first != null) {
          add(path, "rule.unit.duplicate", code, first);
        }
        List<String> langs = new ArrayList<>();
        unit.titles.forEach(t -> langs.add(t.lang == null ? "" : t.lang.trim()));
        if (!langs.equals(List.of("sv")) && !langs.equals(List.of("sv", "en"))) {
          add(path + "/title", "rule.unit.titles", code, String.join(", ", langs));
        }
        LocalDate achieved = LocalDate.parse(unit.achieved.trim());
        if (achieved.isAfter(issued)) {
          add(path + "/achieved", "rule.unit.achievedAfterIssue", code, achieved, issued);
        }
      }
      boolean qualification = xml.qualification != null;
      for (int i = 0; i < xml.units.size(); i++) {
        String path = UNITS + (i == 0 ? "" : "[" + (i + 1) + "]");
        boolean certified = xml.units.get(i).certificate != null;
        if (qualification && !certified) {
          add(path, "rule.unit.certificateMissing", xml.units.get(i).code.trim());
        } else if (!qualification && certified) {
          add(
              path + "/certificate",
              "rule.unit.certificateWithoutQualification",
              xml.units.get(i).code.trim());
        }
      }
      if (qualification) {
        List<String> langs = new ArrayList<>();
        xml.qualification.titles.forEach(t -> langs.add(t.lang == null ? "" : t.lang.trim()));
        if (!langs.equals(List.of("sv")) && !langs.equals(List.of("sv", "en"))) {
          add(
              "/certificate/qualification/title",
              "rule.unit.titles",
              xml.qualification.code.trim(),
              String.join(", ", langs));
        }
      }
      int total = Integer.parseInt(xml.totalCredits.trim());
      if (total != sum) {
        add("/certificate/totalCredits", "rule.totalCredits", total, sum);
      }
      LocalDate born = LocalDate.parse(xml.holder.dateOfBirth.trim());
      if (!born.isBefore(issued)) {
        add("/certificate/holder/dateOfBirth", "rule.holder.bornAfterIssue", born, issued);
      }
    }

    private void add(String path, String key, Object... args) {
      ElementPositions.Position at = positions.at(path);
      problems.add(Problem.at(source, at.line(), at.column(), message(key, args)));
    }
  }

  private static CertificateRecord toModel(CertificateXml xml) {
    CertificateRecord.Builder b =
        CertificateRecord.builder()
            .language(Language.fromCode(xml.language.trim()).orElseThrow())
            .holder(new Holder(xml.holder.name, LocalDate.parse(xml.holder.dateOfBirth.trim())))
            .issuer(new Issuer(xml.issuer.organisation, xml.issuer.certificateSha256.trim()))
            .serial(Long.parseLong(xml.serial.trim()))
            .programme(xml.programme)
            .issueDate(LocalDate.parse(xml.issueDate.trim()));
    java.util.Map<org.ocnkit.unit.UnitCode, org.ocnkit.certificate.CertificateCode> certificates =
        new java.util.LinkedHashMap<>();
    for (CertificateXml.Unit u : xml.units) {
      if (u.certificate != null) {
        certificates.put(
            new org.ocnkit.unit.UnitCode(u.code.trim()),
            new org.ocnkit.certificate.CertificateCode(u.certificate.trim()));
      }
    }
    if (xml.qualification != null) {
      CertificateXml.Qualification q = xml.qualification;
      Optional<String> en =
          q.titles.size() > 1 ? Optional.of(q.titles.get(1).value) : Optional.empty();
      b.qualification(
          new org.ocnkit.certificate.QualificationAward(
              org.ocnkit.qualification.QualificationRef.of(
                  q.code.trim(), Integer.parseInt(q.version.trim())),
              new org.ocnkit.qualification.QualificationHash(q.hash.trim()),
              q.titles.get(0).value,
              en,
              new EqfLevel(Integer.parseInt(q.level.trim())),
              q.panelDecision,
              certificates));
    }
    for (CertificateXml.Unit u : xml.units) {
      Optional<String> en =
          u.titles.size() > 1 ? Optional.of(u.titles.get(1).value) : Optional.empty();
      b.unit(
          new AchievedUnit(
              UnitRef.of(u.code.trim(), Integer.parseInt(u.version.trim())),
              new UnitHash(u.hash.trim()),
              u.titles.get(0).value,
              en,
              new EqfLevel(Integer.parseInt(u.level.trim())),
              Integer.parseInt(u.credits.trim()),
              LocalDate.parse(u.achieved.trim()),
              u.panelDecision));
    }
    return b.build();
  }

  private static Message message(String key, Object... args) {
    return Message.of(CertificateRecord.class, key, args);
  }
}

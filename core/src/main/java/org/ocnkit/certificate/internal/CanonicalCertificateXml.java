package org.ocnkit.certificate.internal;

import static org.ocnkit.xml.CanonicalXml.escape;

import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.certificate.CertificateRecord;

/**
 * Writes the one byte form of a certificate record: the XML declaration, elements in schema order,
 * two-space indentation, {@code \n} line ends, text already normalized by the model. The record's
 * fingerprint is the SHA-256 of this form, so it must never change for version 1 of the schema. A
 * qualification certificate adds {@code <qualification>} after the programme and a {@code
 * <certificate>} to each unit; a certificate of units has neither, so its bytes are as before.
 */
public final class CanonicalCertificateXml {
  private CanonicalCertificateXml() {}

  public static String write(CertificateRecord record) {
    StringBuilder xml = new StringBuilder(2048);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<certificate xmlns=\"")
        .append(CertificateRecord.NAMESPACE)
        .append("\" language=\"")
        .append(record.language().code())
        .append("\">\n");
    xml.append("  <holder>\n");
    element(xml, 4, "name", record.holder().name());
    element(xml, 4, "dateOfBirth", record.holder().dateOfBirth().toString());
    xml.append("  </holder>\n");
    xml.append("  <issuer>\n");
    element(xml, 4, "organisation", record.issuer().organisation());
    element(xml, 4, "certificateSha256", record.issuer().certificateSha256());
    xml.append("  </issuer>\n");
    element(xml, 2, "serial", Long.toString(record.serial()));
    element(xml, 2, "programme", record.programme());
    record
        .qualification()
        .ifPresent(
            q -> {
              xml.append("  <qualification code=\"")
                  .append(q.ref().code())
                  .append("\" version=\"")
                  .append(q.ref().version())
                  .append("\">\n");
              element(xml, 4, "hash", q.hash().hex());
              xml.append("    <title lang=\"sv\">")
                  .append(escape(q.titleSv()))
                  .append("</title>\n");
              q.titleEn()
                  .ifPresent(
                      en ->
                          xml.append("    <title lang=\"en\">")
                              .append(escape(en))
                              .append("</title>\n"));
              element(xml, 4, "level", Integer.toString(q.level().value()));
              element(xml, 4, "panelDecision", q.panelDecision());
              xml.append("  </qualification>\n");
            });
    xml.append("  <units>\n");
    for (AchievedUnit unit : record.units()) {
      xml.append("    <unit code=\"")
          .append(unit.ref().code())
          .append("\" version=\"")
          .append(unit.ref().version())
          .append("\">\n");
      element(xml, 6, "hash", unit.hash().hex());
      xml.append("      <title lang=\"sv\">").append(escape(unit.titleSv())).append("</title>\n");
      unit.titleEn()
          .ifPresent(
              en ->
                  xml.append("      <title lang=\"en\">").append(escape(en)).append("</title>\n"));
      element(xml, 6, "level", Integer.toString(unit.level().value()));
      element(xml, 6, "credits", Integer.toString(unit.credits()));
      element(xml, 6, "achieved", unit.achieved().toString());
      element(xml, 6, "panelDecision", unit.panelDecision());
      record
          .qualification()
          .flatMap(q -> q.certificateOf(unit.ref().code()))
          .ifPresent(c -> element(xml, 6, "certificate", c.value()));
      xml.append("    </unit>\n");
    }
    xml.append("  </units>\n");
    element(xml, 2, "totalCredits", Integer.toString(record.totalCredits()));
    element(xml, 2, "issueDate", record.issueDate().toString());
    xml.append("</certificate>\n");
    return xml.toString();
  }

  private static void element(StringBuilder xml, int indent, String name, String text) {
    xml.append(" ".repeat(indent))
        .append('<')
        .append(name)
        .append('>')
        .append(escape(text))
        .append("</")
        .append(name)
        .append(">\n");
  }
}

package org.ocnkit.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;
import org.ocnkit.certificate.internal.testing.SampleRecords;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

class CertificateRecordTest {
  private static final String SOURCE = "certificate.xml";

  private static String xml(CertificateRecord record) {
    return new String(record.toXml(), StandardCharsets.UTF_8);
  }

  private static List<Problem> problems(String xml) {
    try {
      CertificateRecord.read(SOURCE, xml.getBytes(StandardCharsets.UTF_8));
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("the record was accepted");
  }

  private static int lineOf(String xml, String text) {
    List<String> lines = xml.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in the record");
  }

  @Test
  void recordIsWrittenInItsCanonicalForm() {
    CertificateRecord record = SampleRecords.record("Åsa  Öberg-Ängström ", 2);
    String xml = xml(record);
    assertThat(xml)
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<certificate xmlns=\"https://ocnkit.org/ns/certificate/1\" language=\"sv\">\n"
                + "  <holder>\n"
                + "    <name>Åsa Öberg-Ängström</name>\n"
                + "    <dateOfBirth>1991-04-12</dateOfBirth>\n"
                + "  </holder>\n");
    assertThat(xml).contains("  </issuer>\n  <serial>1</serial>\n  <programme>");
    assertThat(xml)
        .contains("    <unit code=\"HS-KUND-01\" version=\"1\">\n" + "      <hash>")
        .contains(
            "      <title lang=\"sv\">Kundbemötande i butik</title>\n"
                + "      <title lang=\"en\">Customer service in a shop</title>\n"
                + "      <level>2</level>\n      <credits>1</credits>\n"
                + "      <achieved>2026-01-10</achieved>\n"
                + "      <panelDecision>PANEL-2026-03</panelDecision>\n    </unit>\n")
        .endsWith(
            "  </units>\n  <totalCredits>3</totalCredits>\n"
                + "  <issueDate>2026-06-01</issueDate>\n</certificate>\n")
        .doesNotContain("\r");
    assertThat(record.fingerprint()).isEqualTo(Fingerprint.of(record.toXml()));
    assertThat(SampleRecords.record("Åsa Öberg-Ängström", 2).toXml()).isEqualTo(record.toXml());
  }

  @Test
  void recordRoundTripsThroughItsBytes() {
    for (Language language : Language.values()) {
      CertificateRecord record = SampleRecords.record("Nguyễn Thị Hương", 7, language);
      CertificateRecord read = CertificateRecord.read(SOURCE, record.toXml());
      assertThat(read.toXml()).isEqualTo(record.toXml());
      assertThat(read.fingerprint()).isEqualTo(record.fingerprint());
      assertThat(read.units()).isEqualTo(record.units());
      assertThat(read.holder()).isEqualTo(record.holder());
      assertThat(read.language()).isEqualTo(language);
      assertThat(read.totalCredits()).isEqualTo(record.totalCredits());
    }
  }

  @Test
  void wrongTotalCreditsIsRejectedWithItsLine() {
    String xml = xml(SampleRecords.record("Ağrı Işıl Çağlar", 3));
    String tampered =
        xml.replace("<totalCredits>6</totalCredits>", "<totalCredits>60</totalCredits>");
    assertThat(tampered).isNotEqualTo(xml);
    List<Problem> problems = problems(tampered);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message().key()).isEqualTo("rule.totalCredits");
    assertThat(problems.get(0).location())
        .startsWith(SOURCE + ":" + lineOf(tampered, "<totalCredits>") + ":");
    assertThat(problems.get(0).toString()).contains("60", "6");
  }

  @Test
  void schemaErrorsAreAllReportedWithLineAndColumn() {
    String xml =
        xml(SampleRecords.record("Łukasz Żółkiewski", 2))
            .replace("<level>2</level>", "<level>9</level>")
            .replace(
                "<dateOfBirth>1991-04-12</dateOfBirth>", "<dateOfBirth>12/04/1991</dateOfBirth>");
    List<Problem> problems = problems(xml);
    assertThat(problems).hasSize(2);
    assertThat(problems).allSatisfy(p -> assertThat(p.message().key()).isEqualTo("rule.schema"));
    assertThat(problems.get(0).location())
        .startsWith(SOURCE + ":" + lineOf(xml, "<dateOfBirth>") + ":");
    assertThat(problems.get(1).location()).startsWith(SOURCE + ":" + lineOf(xml, "<level>9") + ":");
    assertThat(problems.get(1).toString()).contains("'9'", "level");
  }

  @Test
  void aRecordNotInCanonicalFormIsRejectedAtTheFirstDifferentLine() {
    String xml =
        xml(SampleRecords.record("Åsa Öberg-Ängström", 1))
            .replace("  <programme>", "  <programme>  ");
    List<Problem> problems = problems(xml);
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message().key()).isEqualTo("rule.canonical");
              assertThat(p.location()).isEqualTo(SOURCE + ":" + lineOf(xml, "<programme>"));
            });
    assertThat(problems(xml(SampleRecords.record("A B", 1)).replace("\n", "\r\n")))
        .singleElement()
        .satisfies(p -> assertThat(p.location()).isEqualTo(SOURCE + ":1"));
  }

  @Test
  void ruleViolationsAreAllReported() {
    String xml =
        xml(SampleRecords.record("Åsa Öberg-Ängström", 2))
            .replace("code=\"VO-HYG-02\"", "code=\"HS-KUND-01\"")
            .replace("<achieved>2026-02-11</achieved>", "<achieved>2026-07-01</achieved>");
    List<Problem> problems = problems(xml);
    assertThat(problems)
        .extracting(p -> p.message().key())
        .containsExactly("rule.unit.duplicate", "rule.unit.achievedAfterIssue");
    assertThat(problems.get(1).location())
        .startsWith(SOURCE + ":" + lineOf(xml, "<achieved>2026-07-01") + ":");
  }

  @Test
  void malformedXmlAndForeignDocumentsAreRejected() {
    assertThat(problems("<certificate"))
        .singleElement()
        .satisfies(p -> assertThat(p.message().key()).isEqualTo("rule.xml.malformed"));
    assertThat(
            problems(
                "<?xml version=\"1.0\"?><unit xmlns=\"https://ocnkit.org/ns/course-unit/1\"/>"))
        .isNotEmpty();
    assertThat(
            problems(
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<certificate>&e;</certificate>"))
        .isNotEmpty();
  }

  @Test
  void builderRefusesInconsistentRecords() {
    AchievedUnit unit =
        new AchievedUnit(
            UnitRef.of("HS-KUND-01", 1),
            new UnitHash("a".repeat(64)),
            "Kundbemötande",
            Optional.empty(),
            new EqfLevel(2),
            3,
            LocalDate.of(2026, 5, 1),
            "PANEL-1");
    CertificateRecord.Builder b =
        CertificateRecord.builder()
            .holder(new Holder("Anna Berg", LocalDate.of(1990, 1, 1)))
            .issuer(new Issuer("Org", "b".repeat(64)))
            .programme("P")
            .issueDate(LocalDate.of(2026, 4, 30));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("serial number");
    assertThatThrownBy(() -> b.serial(0)).isInstanceOf(IllegalArgumentException.class);
    b.serial(7);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one unit");
    b.unit(unit);
    assertThatThrownBy(b::build).hasMessageContaining("after the issue date");
    b.issueDate(LocalDate.of(2026, 5, 1));
    assertThat(b.build().totalCredits()).isEqualTo(3);
    b.unit(unit);
    assertThatThrownBy(b::build).hasMessageContaining("listed twice");
    assertThatThrownBy(() -> new Holder(" ", LocalDate.of(1990, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSerialNumberMakesEqualContentADifferentRecord() {
    CertificateRecord first = SampleRecords.builder("Anna Berg", 2, Language.SV).serial(41).build();
    CertificateRecord second =
        SampleRecords.builder("Anna Berg", 2, Language.SV).serial(42).build();
    assertThat(first.units()).isEqualTo(second.units());
    assertThat(first.fingerprint()).isNotEqualTo(second.fingerprint());
    assertThat(CertificateRecord.read(SOURCE, second.toXml()).serial()).isEqualTo(42);
    String xml = xml(second);
    assertThat(problems(xml.replace("<serial>42</serial>", "<serial>042</serial>")))
        .extracting(p -> p.message().key())
        .containsExactly("rule.canonical");
    assertThat(problems(xml.replace("<serial>42</serial>", "<serial>0</serial>")))
        .extracting(p -> p.message().key())
        .containsExactly("rule.schema");
    assertThat(problems(xml.replace("  <serial>42</serial>\n", "")))
        .extracting(p -> p.message().key())
        .containsExactly("rule.schema");
  }

  @Test
  void verificationLinkCarriesCodeAndFingerprint() {
    CertificateRecord record = SampleRecords.record("Anna Berg", 1);
    assertThat(record.verificationLink("https://x.example/v/"))
        .isEqualTo("https://x.example/v/" + record.code() + "#" + record.fingerprint());
  }

  @Test
  void issuerHashIsTheSha256OfTheCertificateDer() {
    Issuer issuer = Issuer.of("Org", "abc".getBytes(StandardCharsets.US_ASCII));
    assertThat(issuer.certificateSha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aCertificateOfUnitsKeepsItsBytesAndFingerprint() {
    // Pinned: a certificate of units has no <qualification> and no unit <certificate>, so the
    // qualification certificate (issue 21) changed neither its bytes nor its fingerprint.
    CertificateRecord record = SampleRecords.record("Åsa Öberg", 3);
    assertThat(record.kind()).isEqualTo(CertificateRecord.Kind.UNITS);
    assertThat(xml(record)).doesNotContain("qualification").doesNotContain("<certificate>");
    assertThat(record.fingerprint().hex()).isEqualTo(PINNED_UNITS_FINGERPRINT);
  }

  private static final String PINNED_UNITS_FINGERPRINT =
      "030bb60d6f661fbf1aed733d6489b1d0b027ac4c09efbecf64b7cfbe7e1aa92a";

  @Test
  void aQualificationCertificateNamesTheQualificationAndEachUnitCertificate() {
    CertificateRecord record = SampleRecords.qualificationRecord("Fatima Haddad", 2);
    String xml = xml(record);
    assertThat(record.kind()).isEqualTo(CertificateRecord.Kind.QUALIFICATION);
    assertThat(xml)
        .contains(
            "  <programme>Lärlingsprogrammet Fyra Arenor 2026</programme>\n"
                + "  <qualification code=\"KVAL-OMSORG-INTRO\" version=\"1\">\n    <hash>")
        .contains(
            "    <title lang=\"sv\">Introduktion till äldreomsorgen</title>\n"
                + "    <title lang=\"en\">Introduction to elderly care</title>\n"
                + "    <level>2</level>\n    <panelDecision>PANEL-Q-2026-05-20-1</panelDecision>\n"
                + "  </qualification>\n  <units>\n");
    for (AchievedUnit unit : record.units()) {
      String code =
          record
              .qualification()
              .orElseThrow()
              .certificateOf(unit.ref().code())
              .orElseThrow()
              .value();
      assertThat(xml)
          .contains("</panelDecision>\n      <certificate>" + code + "</certificate>\n    </unit>");
    }
    CertificateRecord read = CertificateRecord.read(SOURCE, record.toXml());
    assertThat(read).isEqualTo(record);
    assertThat(read.qualification()).isEqualTo(record.qualification());
  }

  @Test
  void unitCertificatesBelongToQualificationCertificatesOnly() {
    String qualification = xml(SampleRecords.qualificationRecord("Fatima Haddad", 2));
    String withoutOne = qualification.replaceFirst("      <certificate>[^<]*</certificate>\n", "");
    assertThat(problems(withoutOne))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location())
                  .startsWith(SOURCE + ":" + lineOf(withoutOne, "<unit code") + ":");
              assertThat(p.message().key()).isEqualTo("rule.unit.certificateMissing");
            });
    String units = xml(SampleRecords.record("Fatima Haddad", 2));
    String withOne =
        units.replaceFirst(
            "</panelDecision>\n",
            "</panelDecision>\n      <certificate>OCN-0000-0000-0000-0</certificate>\n");
    assertThat(problems(withOne))
        .extracting(p -> p.message().key())
        .contains("rule.unit.certificateWithoutQualification");
    assertThatThrownBy(
            () ->
                SampleRecords.builder("A B", 2, Language.SV)
                    .qualification(
                        SampleRecords.qualificationRecord("A B", 1).qualification().orElseThrow())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unit certificate of every unit");
  }
}

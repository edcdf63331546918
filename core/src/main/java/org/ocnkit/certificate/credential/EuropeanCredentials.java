package org.ocnkit.certificate.credential;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.certificate.CertificateRecord;
import org.ocnkit.certificate.credential.internal.CredentialJson;
import org.ocnkit.certificate.credential.internal.UnitTexts;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.LearningOutcome;

/**
 * Makes a certificate's European Learning Model v3 credential: one {@code
 * EuropeanDigitalCredential} (Europass EDC, JSON-LD, VC Data Model 2.0) whose subject, the holder,
 * has one {@code LearningAchievement} claim per unit.
 *
 * <p>Each achievement is awarded by the issuing organisation on the date achieved, carries the OCN
 * credits ({@code creditReceived}), is proven by a {@code LearningAssessment} (assessment at the
 * workplace against every criterion, grade "achieved", with the unit's assessment methods) and is
 * specified by a {@code LearningAchievementSpecification}: titles in Swedish and English, purpose,
 * each learning outcome with its assessment criteria, the EQF level as the EU vocabulary concept
 * ({@code http://data.europa.eu/snb/eqf/N}) in {@code educationLevel}, credits and notional hours
 * ({@code volumeOfLearning}). The display parameters hold a PNG of the certificate's first page.
 *
 * <p>The credential is unsigned JSON-LD: in ocnkit it travels inside the signed PDF (the EDC's own
 * JAdES seal is not made). What is and is not filled is listed in the README.
 */
public final class EuropeanCredentials {
  /** The EDC JSON-LD context. */
  public static final String EDC_CONTEXT = "http://data.europa.eu/snb/model/context/edc-ap";

  /** The EDC application profile the credential declares ({@code ShaclValidator2017}). */
  public static final String EDC_PROFILE = "http://data.europa.eu/snb/model/ap/edc-generic-full";

  /** The name the credential is embedded under and exported with. */
  public static final String FILE_NAME = "europass-credential.jsonld";

  /** JSON-LD. */
  public static final String MEDIA_TYPE = "application/ld+json";

  private static final String COUNTRY = "http://publications.europa.eu/resource/authority/country";
  private static final String LANGUAGE =
      "http://publications.europa.eu/resource/authority/language";

  private EuropeanCredentials() {}

  /**
   * The credential as JSON-LD bytes (UTF-8, indented).
   *
   * @param firstPagePng a PNG of the certificate's first page, shown by Europass as the credential
   * @param countryIso2 the issuer's country, ISO 3166-1 alpha-2, such as {@code SE}
   */
  public static byte[] build(CredentialSource source, byte[] firstPagePng, String countryIso2) {
    return CredentialJson.pretty(credential(source, firstPagePng, countryIso2))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The credential as a JSON tree; see {@link #build}. */
  public static ObjectNode credential(
      CredentialSource source, byte[] firstPagePng, String countryIso2) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(firstPagePng, "firstPagePng");
    CertificateRecord record = source.record();
    String base = OpenBadgeCredentials.CREDENTIAL_URN + record.fingerprint().hex();
    ObjectNode vc = CredentialJson.object();
    vc.set("@context", CredentialJson.array(OpenBadgeCredentials.VC_CONTEXT, EDC_CONTEXT));
    vc.put("id", base + ":elm");
    vc.set(
        "type",
        CredentialJson.array(
            "VerifiableCredential", "VerifiableAttestation", "EuropeanDigitalCredential"));
    ObjectNode schema = vc.putArray("credentialSchema").addObject();
    schema.put("id", EDC_PROFILE);
    schema.put("type", "ShaclValidator2017");
    ObjectNode profile = vc.putArray("credentialProfiles").addObject();
    profile.put("id", "http://data.europa.eu/snb/credential/e34929035b");
    profile.put("type", "Concept");
    profile.set("inScheme", scheme("http://data.europa.eu/snb/credential/25831c2"));
    profile.set("prefLabel", lang("Generic", "Generic"));
    ObjectNode identifier = vc.putObject("identifier");
    identifier.put("type", "Identifier");
    identifier.put("notation", record.code().value());
    identifier.put("schemeName", "OCN-intygskod \u00b7 OCN certificate code");

    ObjectNode issuer = organisation(record, countryIso2);
    vc.set("issuer", issuer);
    String issued = CredentialJson.dateTime(source.issuedAt());
    vc.put("issued", issued);
    vc.put("validFrom", issued);
    vc.set("displayParameter", display(record, base, firstPagePng));

    ObjectNode subject = vc.putObject("credentialSubject");
    subject.put("id", base + ":holder");
    subject.put("type", "Person");
    ObjectNode fullName = CredentialJson.object();
    fullName.put(record.language().code(), record.holder().name());
    subject.set("fullName", fullName);
    subject.put("dateOfBirth", CredentialJson.dateTime(record.holder().dateOfBirth()));
    ArrayNode claims = subject.putArray("hasClaim");
    for (AchievedUnit unit : record.units()) {
      claims.add(achievement(source, unit, base, organisation(record, countryIso2)));
    }

    ObjectNode status = vc.putObject("credentialStatus");
    status.put("id", source.statusUrl());
    status.put("type", "CredentialStatus");
    return vc;
  }

  private static ObjectNode achievement(
      CredentialSource source, AchievedUnit unit, String base, ObjectNode awardingBody) {
    Optional<CourseUnit> content = source.content(unit);
    String id = base + ":achievement:" + unit.ref().code();
    ObjectNode a = CredentialJson.object();
    a.put("id", id);
    a.put("type", "LearningAchievement");
    a.set("title", titles(unit));
    content.ifPresent(c -> a.set("description", lang(c.purpose(), null)));
    ObjectNode awarded = a.putObject("awardedBy");
    awarded.put("id", id + ":awarding");
    awarded.put("type", "AwardingProcess");
    awarded.putArray("awardingBody").add(awardingBody);
    awarded.put("awardingDate", CredentialJson.dateTime(unit.achieved()));
    awarded.set(
        "description",
        lang(
            "Godk\u00e4nd av panelen: beslut " + unit.panelDecision(),
            "Approved by the panel: decision " + unit.panelDecision()));
    a.putArray("creditReceived").add(credits(unit));

    ObjectNode assessment = a.putArray("provenBy").addObject();
    assessment.put("id", id + ":assessment");
    assessment.put("type", "LearningAssessment");
    assessment.set(
        "title",
        lang(
            "Bed\u00f6mning mot kursenhetens bed\u00f6mningskriterier",
            "Assessment against the unit's assessment criteria"));
    assessment.set(
        "description",
        lang(
            methods(
                content,
                Locale.forLanguageTag("sv"),
                "Bed\u00f6md p\u00e5 arbetsplatsen av en kvalificerad bed\u00f6mare, med internt"
                    + " kvalitetss\u00e4krad bed\u00f6mning"),
            methods(
                content,
                Locale.ENGLISH,
                "Assessed at the workplace by a qualified assessor,"
                    + " with internal quality assurance")));
    assessment.put("dateIssued", CredentialJson.dateTime(unit.achieved()));
    ObjectNode grade = assessment.putObject("grade");
    grade.put("type", "Note");
    grade.set(
        "noteLiteral",
        lang("Uppn\u00e5tt: alla kriterier uppfyllda", "Achieved: every criterion met"));
    ObjectNode assessmentAward = assessment.putObject("awardedBy");
    assessmentAward.put("id", id + ":assessment:awarding");
    assessmentAward.put("type", "AwardingProcess");
    assessmentAward.putArray("awardingBody").add(awardingBody.deepCopy());
    assessmentAward.put("awardingDate", CredentialJson.dateTime(unit.achieved()));

    ObjectNode spec = a.putObject("specifiedBy");
    spec.put("id", OpenBadgeCredentials.achievementId(unit));
    spec.put("type", "LearningAchievementSpecification");
    spec.set("title", titles(unit));
    content.ifPresent(c -> spec.set("description", lang(c.purpose(), null)));
    ObjectNode code = spec.putObject("identifier");
    code.put("type", "Identifier");
    code.put("notation", unit.ref().toString());
    code.put("schemeName", "OCN-kursenhet \u00b7 OCN course unit");
    spec.putArray("educationLevel").add(eqf(unit));
    spec.putArray("creditPoint").add(credits(unit));
    spec.put("volumeOfLearning", "PT" + unit.credits() * CourseUnit.HOURS_PER_CREDIT + "H");
    spec.set("language", CredentialJson.array().add(language("SWE", "svenska", "Swedish")));
    content.ifPresent(
        c -> {
          ArrayNode outcomes = spec.putArray("learningOutcome");
          for (LearningOutcome outcome : c.outcomes()) {
            ObjectNode o = outcomes.addObject();
            o.put("id", OpenBadgeCredentials.achievementId(unit) + ":outcome:" + outcome.id());
            o.put("type", "LearningOutcome");
            o.set("title", lang(outcome.id() + ". " + outcome.statement(), null));
            ObjectNode note = o.putArray("additionalNote").addObject();
            note.put("type", "Note");
            StringBuilder criteria = new StringBuilder();
            for (AssessmentCriterion criterion : outcome.criteria()) {
              criteria.append(criterion.id()).append(' ').append(criterion.text()).append('\n');
            }
            note.set("noteLiteral", lang(criteria.toString().strip(), null));
            note.set("subject", concept(null, "Bed\u00f6mningskriterier", "Assessment criteria"));
          }
          spec.set("learningOutcomeSummary", note(UnitTexts.criteriaNarrative(unit, content)));
        });
    return a;
  }

  private static ObjectNode organisation(CertificateRecord record, String countryIso2) {
    ObjectNode org = CredentialJson.object();
    org.put("id", OpenBadgeCredentials.ISSUER_URN + record.issuer().certificateSha256());
    org.put("type", "Organisation");
    org.set("legalName", lang(record.issuer().organisation(), null));
    ObjectNode location = org.putArray("location").addObject();
    location.put("type", "Location");
    ObjectNode address = location.putArray("address").addObject();
    address.put("type", "Address");
    String iso3 = new Locale("", countryIso2).getISO3Country();
    ObjectNode country = concept(COUNTRY + "/" + iso3, null, null);
    country.set("inScheme", scheme(COUNTRY));
    country.put("notation", iso3);
    address.set("countryCode", country);
    ObjectNode certificate = org.putArray("identifier").addObject();
    certificate.put("type", "Identifier");
    certificate.put("notation", record.issuer().certificateSha256());
    certificate.put("schemeName", "SHA-256 of the issuer's X.509 signing certificate");
    return org;
  }

  private static ObjectNode display(CertificateRecord record, String base, byte[] png) {
    ObjectNode display = CredentialJson.object();
    display.put("id", base + ":display");
    display.put("type", "DisplayParameter");
    display.set("title", lang("OCN-intyg " + record.code(), "OCN certificate " + record.code()));
    display.set("description", lang(record.programme(), null));
    String primary = record.language() == org.ocnkit.certificate.Language.SV ? "SWE" : "ENG";
    display.set(
        "language",
        CredentialJson.array()
            .add(language("SWE", "svenska", "Swedish"))
            .add(language("ENG", "engelska", "English")));
    display.set(
        "primaryLanguage",
        primary.equals("SWE")
            ? language("SWE", "svenska", "Swedish")
            : language("ENG", "engelska", "English"));
    ObjectNode individual = display.putArray("individualDisplay").addObject();
    individual.put("type", "IndividualDisplay");
    individual.set(
        "language",
        primary.equals("SWE")
            ? language("SWE", "svenska", "Swedish")
            : language("ENG", "engelska", "English"));
    ObjectNode detail = individual.putArray("displayDetail").addObject();
    detail.put("type", "DisplayDetail");
    ObjectNode image = detail.putObject("image");
    image.put("type", "MediaObject");
    image.set(
        "contentType",
        concept("http://publications.europa.eu/resource/authority/file-type/PNG", null, null));
    ObjectNode encoding =
        concept("http://data.europa.eu/snb/encoding/6146cde7dd", "base64", "base64");
    encoding.set("inScheme", scheme("http://data.europa.eu/snb/encoding/25831c2"));
    image.set("contentEncoding", encoding);
    image.put("content", Base64.getEncoder().encodeToString(png));
    detail.put("page", 1);
    return display;
  }

  private static ObjectNode eqf(AchievedUnit unit) {
    int n = unit.level().value();
    ObjectNode c = concept(unit.level().uri(), "EQF-niv\u00e5 " + n, "EQF level " + n);
    c.set("inScheme", scheme("http://data.europa.eu/snb/eqf/25831c2"));
    c.put("notation", String.valueOf(n));
    return c;
  }

  private static ObjectNode credits(AchievedUnit unit) {
    ObjectNode credit = CredentialJson.object();
    credit.put("type", "CreditPoint");
    ObjectNode framework =
        concept(
            null,
            "OCN-po\u00e4ng (1 po\u00e4ng = 10 timmar)",
            "OCN credits (1 credit = 10 notional learning hours)");
    framework.put("notation", "ocn-credit");
    credit.set("framework", framework);
    credit.put("point", String.valueOf(unit.credits()));
    return credit;
  }

  private static String methods(Optional<CourseUnit> content, Locale locale, String lead) {
    if (content.isEmpty() || content.get().assessmentMethods().isEmpty()) {
      return lead + ".";
    }
    return lead
        + ": "
        + String.join(
            ", ",
            content.get().assessmentMethods().stream().map(m -> m.displayName(locale)).toList())
        + ".";
  }

  private static ObjectNode titles(AchievedUnit unit) {
    return lang(unit.titleSv(), unit.titleEn().orElse(null));
  }

  private static ObjectNode note(String text) {
    ObjectNode note = CredentialJson.object();
    note.put("type", "Note");
    note.set("noteLiteral", lang(text, null));
    return note;
  }

  private static ObjectNode language(String iso3, String sv, String en) {
    ObjectNode c = concept(LANGUAGE + "/" + iso3, sv, en);
    c.set("inScheme", scheme(LANGUAGE));
    c.put("notation", iso3.toLowerCase(Locale.ROOT));
    return c;
  }

  private static ObjectNode concept(String id, String sv, String en) {
    ObjectNode c = CredentialJson.object();
    if (id != null) {
      c.put("id", id);
    }
    c.put("type", "Concept");
    if (sv != null) {
      c.set("prefLabel", lang(sv, en));
    }
    return c;
  }

  private static ObjectNode scheme(String id) {
    ObjectNode s = CredentialJson.object();
    s.put("id", id);
    s.put("type", "ConceptScheme");
    return s;
  }

  /** A language map: Swedish, and English when given. */
  private static ObjectNode lang(String sv, String en) {
    ObjectNode m = CredentialJson.object();
    m.put("sv", sv);
    if (en != null) {
      m.put("en", en);
    }
    return m;
  }
}

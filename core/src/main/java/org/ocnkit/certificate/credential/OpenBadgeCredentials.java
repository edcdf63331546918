package org.ocnkit.certificate.credential;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.certificate.CertificateRecord;
import org.ocnkit.certificate.credential.internal.CredentialJson;
import org.ocnkit.certificate.credential.internal.UnitTexts;
import org.ocnkit.certificate.signature.IssuerKey;
import org.ocnkit.unit.CourseUnit;

/**
 * Makes the Open Badges 3.0 credentials of a certificate: one {@code OpenBadgeCredential} per unit
 * (Open Badges 3.0 gives a credential exactly one achievement), each signed as a VC-JOSE compact
 * JWS with the issuer's key.
 *
 * <p>The credential: {@code @context} VC 2.0 and OB 3.0.3; {@code id} {@value #CREDENTIAL_URN}
 * {@code <fingerprint>:unit:<CODE>}; the issuer {@code Profile} (the organisation, identified by
 * {@code <base>/issuer.json} when {@code certificate.baseUrl} is a configured https address, else
 * by the SHA-256 of its signing certificate, see {@link IssuerProfile}); {@code validFrom} the
 * issue time; the {@code AchievementSubject} identified by the holder's name (an {@code
 * IdentityObject}, not hashed: the credential is the participant's own, and nothing public carries
 * it), {@code creditsEarned} and the date achieved; the {@code Achievement}: the unit's titles in
 * Swedish and English, purpose, learning outcomes with assessment criteria as the {@code criteria}
 * narrative, {@code achievementType} {@code MicroCredential} (a small, assessed, credit-rated unit
 * of learning), an {@code alignment} to the EQF level's EU vocabulary URI, {@code
 * creditsAvailable}, the unit code and version, and the approved version's content hash. Two {@code
 * evidence} entries carry the certificate record ({@code certificate.xml}) and its transparency-log
 * proof as {@code data:} URIs, so that a verifier runs the same record, status and log checks as
 * for the PDF. {@code credentialStatus} points at the certificate's status document, {@code
 * <base>/<CODE>/status.json}.
 *
 * <p>The JWS header (W3C VC-JOSE-COSE): {@code alg} ES256 for the default P-256 key (ES384 for a
 * P-384 key, RS256 for an RSA key, the same hash and padding the PDF signature uses), {@code typ}
 * {@code vc+jwt}, {@code cty} {@code vc}, {@code kid} the certificate's SHA-256, and {@code x5c}
 * the issuer's certificate chain. The payload is the credential itself, as VC-JOSE-COSE requires.
 */
public final class OpenBadgeCredentials {
  /** The W3C VC 2.0 base context. */
  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";

  /** The Open Badges 3.0 context. */
  public static final String OB_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  /** The published 1EdTech schema the credentials name and are tested against. */
  public static final String OB_SCHEMA =
      "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
          + "ob_v3p0_achievementcredential_schema.json";

  /** The credential id's prefix; the record's fingerprint follows. */
  public static final String CREDENTIAL_URN = "urn:ocnkit:certificate:";

  /** The issuer profile id's prefix; the SHA-256 of the issuer certificate follows. */
  public static final String ISSUER_URN = "urn:ocnkit:issuer:sha256:";

  /** The status method named in {@code credentialStatus}. */
  public static final String STATUS_TYPE = "OcnkitCertificateStatus";

  /** The JOSE {@code typ} of a VC-JOSE-secured credential. */
  public static final String JOSE_TYPE = "vc+jwt";

  /** The JOSE {@code cty}. */
  public static final String JOSE_CONTENT_TYPE = "vc";

  /** The evidence {@code genre} marking the embedded record. */
  static final String RECORD_GENRE = "ocnkit-certificate-record";

  /** The evidence {@code genre} marking the embedded log proof. */
  static final String LOG_PROOF_GENRE = "ocnkit-log-proof";

  private OpenBadgeCredentials() {}

  /**
   * The signed credentials, one per unit in the record's order.
   *
   * @throws RefusedException when the issuer key is of a kind VC-JOSE cannot sign with here
   */
  public static List<OpenBadgeCredential> sign(CredentialSource source, IssuerKey key) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(key, "key");
    JWSAlgorithm algorithm = algorithm(key.insecurePrivateKey());
    JWSSigner signer = signer(key.insecurePrivateKey());
    List<Base64> chain = new ArrayList<>();
    for (X509Certificate c : key.certificateChain()) {
      try {
        chain.add(Base64.encode(c.getEncoded()));
      } catch (CertificateEncodingException e) {
        throw new IllegalStateException("a loaded certificate can be encoded", e);
      }
    }
    JWSHeader header =
        new JWSHeader.Builder(algorithm)
            .type(new JOSEObjectType(JOSE_TYPE))
            .contentType(JOSE_CONTENT_TYPE)
            .keyID(key.describe().sha256Fingerprint())
            .x509CertChain(chain)
            .build();
    List<OpenBadgeCredential> out = new ArrayList<>();
    for (AchievedUnit unit : source.record().units()) {
      String payload = CredentialJson.compact(credential(source, unit));
      JWSObject jws = new JWSObject(header, new Payload(payload));
      try {
        jws.sign(signer);
      } catch (JOSEException e) {
        throw new IllegalStateException("signing with a loaded issuer key failed", e);
      }
      out.add(new OpenBadgeCredential(unit.ref().code(), jws.serialize()));
    }
    return out;
  }

  /** The unsigned credential for {@code unit}, as the JWS payload carries it. */
  public static ObjectNode credential(CredentialSource source, AchievedUnit unit) {
    CertificateRecord record = source.record();
    Optional<CourseUnit> content = source.content(unit);
    ObjectNode vc = CredentialJson.object();
    vc.set("@context", CredentialJson.array(VC_CONTEXT, OB_CONTEXT));
    vc.put("id", credentialId(record, unit));
    vc.set("type", CredentialJson.array("VerifiableCredential", "OpenBadgeCredential"));
    vc.put("name", "OCN: " + UnitTexts.bilingualTitle(unit));
    vc.put(
        "description",
        "OCN-intyg "
            + record.code()
            + ", "
            + record.programme()
            + " \u00b7 OCN certificate "
            + record.code()
            + ", "
            + record.programme());
    ObjectNode issuer = vc.putObject("issuer");
    issuer.put("id", IssuerProfile.id(source.statusBaseUrl(), record.issuer().certificateSha256()));
    issuer.set("type", CredentialJson.array("Profile"));
    issuer.put("name", record.issuer().organisation());
    vc.put("validFrom", CredentialJson.dateTime(source.issuedAt()));
    vc.put("awardedDate", CredentialJson.dateTime(source.issuedAt()));

    ObjectNode subject = vc.putObject("credentialSubject");
    subject.set("type", CredentialJson.array("AchievementSubject"));
    ObjectNode identity = subject.putArray("identifier").addObject();
    identity.put("type", "IdentityObject");
    identity.put("identityHash", record.holder().name());
    identity.put("identityType", "name");
    identity.put("hashed", false);
    subject.put("activityEndDate", CredentialJson.dateTime(unit.achieved()));
    subject.put("creditsEarned", (double) unit.credits());
    subject.set("achievement", achievement(unit, content));

    ArrayNode evidence = vc.putArray("evidence");
    ObjectNode recordEvidence = evidence.addObject();
    recordEvidence.put(
        "id",
        "data:"
            + CertificateRecord.MIME_TYPE
            + ";base64,"
            + java.util.Base64.getEncoder().encodeToString(record.toXml()));
    recordEvidence.set("type", CredentialJson.array("Evidence"));
    recordEvidence.put("name", "Intygets post (certificate.xml) \u00b7 The certificate record");
    recordEvidence.put("description", "SHA-256 " + record.fingerprint().hex());
    recordEvidence.put("genre", RECORD_GENRE);
    source
        .logProof()
        .ifPresent(
            proof -> {
              ObjectNode log = evidence.addObject();
              log.put(
                  "id",
                  "data:text/plain;base64,"
                      + java.util.Base64.getEncoder()
                          .encodeToString(proof.encoded().getBytes(StandardCharsets.UTF_8)));
              log.set("type", CredentialJson.array("Evidence"));
              log.put("name", "Bevis i transparensloggen \u00b7 Transparency-log inclusion proof");
              log.put("genre", LOG_PROOF_GENRE);
            });

    ObjectNode status = vc.putObject("credentialStatus");
    status.put("id", IssuerProfile.statusUrl(source.statusBaseUrl(), record.code().value()));
    status.put("type", STATUS_TYPE);
    ObjectNode schema = vc.putArray("credentialSchema").addObject();
    schema.put("id", OB_SCHEMA);
    schema.put("type", "1EdTechJsonSchemaValidator2019");
    return vc;
  }

  /** {@code urn:ocnkit:certificate:<fingerprint>:unit:<CODE>}. */
  public static String credentialId(CertificateRecord record, AchievedUnit unit) {
    return CREDENTIAL_URN + record.fingerprint().hex() + ":unit:" + unit.ref().code();
  }

  /** {@code urn:ocnkit:unit:<CODE>:<version>:sha256:<hash>}. */
  public static String achievementId(AchievedUnit unit) {
    return "urn:ocnkit:unit:"
        + unit.ref().code()
        + ":"
        + unit.ref().version()
        + ":sha256:"
        + unit.hash().hex();
  }

  private static ObjectNode achievement(AchievedUnit unit, Optional<CourseUnit> content) {
    ObjectNode a = CredentialJson.object();
    a.put("id", achievementId(unit));
    a.set("type", CredentialJson.array("Achievement"));
    a.put("achievementType", "MicroCredential");
    a.put("name", UnitTexts.bilingualTitle(unit));
    a.put("description", UnitTexts.description(unit, content));
    a.putObject("criteria").put("narrative", UnitTexts.criteriaNarrative(unit, content));
    ObjectNode eqf = a.putArray("alignment").addObject();
    eqf.set("type", CredentialJson.array("Alignment"));
    eqf.put("targetName", UnitTexts.level(unit));
    eqf.put("targetUrl", unit.level().uri());
    eqf.put("targetFramework", "European Qualifications Framework (EQF)");
    eqf.put("targetCode", String.valueOf(unit.level().value()));
    a.put("creditsAvailable", (double) unit.credits());
    a.put("humanCode", unit.ref().code().value());
    a.put("version", String.valueOf(unit.ref().version()));
    a.put("inLanguage", "sv");
    ArrayNode ids = a.putArray("otherIdentifier");
    ObjectNode hash = ids.addObject();
    hash.put("type", "IdentifierEntry");
    hash.put("identifier", "sha256:" + unit.hash().hex());
    hash.put("identifierType", "identifier");
    ObjectNode decision = ids.addObject();
    decision.put("type", "IdentifierEntry");
    decision.put("identifier", "panel-decision:" + unit.panelDecision());
    decision.put("identifierType", "identifier");
    ArrayNode tags = a.putArray("tag");
    tags.add("OCN");
    tags.add("EQF " + unit.level().value());
    content.ifPresent(c -> tags.add(c.arena().code()));
    return a;
  }

  private static JWSAlgorithm algorithm(PrivateKey key) {
    if (key instanceof ECPrivateKey ec) {
      int bits = ec.getParams().getCurve().getField().getFieldSize();
      if (bits == 256) {
        return JWSAlgorithm.ES256;
      }
      if (bits == 384) {
        return JWSAlgorithm.ES384;
      }
    } else if (key instanceof RSAPrivateKey) {
      return JWSAlgorithm.RS256;
    }
    throw new RefusedException(
        Message.of(OpenBadgeCredentials.class, "ob3.keyUnsupported", key.getAlgorithm()));
  }

  private static JWSSigner signer(PrivateKey key) {
    try {
      if (key instanceof ECPrivateKey ec) {
        return new ECDSASigner(ec);
      }
      return new RSASSASigner(key);
    } catch (JOSEException e) {
      throw new RefusedException(
          Message.of(OpenBadgeCredentials.class, "ob3.keyUnsupported", key.getAlgorithm()));
    }
  }
}

package org.ocnkit.certificate.credential;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.certificate.CertificateSettings;
import org.ocnkit.certificate.credential.internal.CredentialJson;
import org.ocnkit.certificate.signature.CertificateDescription;

/**
 * What an Open Badges 3.0 credential's issuer resolves to, published by {@code ocn serve} and
 * {@code ocn site publish} at fixed paths under {@code certificate.baseUrl}:
 *
 * <pre>
 * &lt;base&gt;/issuer.json              the issuer {@code Profile} (the credential's issuer.id)
 * &lt;base&gt;/.well-known/jwks.json    the issuer's public key as a JWK with x5c (a JWK Set)
 * &lt;base&gt;/&lt;CODE&gt;/status.json       the certificate's status (the credential's credentialStatus.id)
 * </pre>
 *
 * <p>The issuer's {@code id} is {@code <base>/issuer.json} when the base is an https address other
 * than the shipped placeholder ({@value CertificateSettings#DEFAULT_BASE_URL}); otherwise nothing
 * resolves there, and the id stays {@value OpenBadgeCredentials#ISSUER_URN}{@code <sha256>}.
 *
 * @param baseUrl the verification base URL, {@code certificate.baseUrl}
 * @param organisation the issuer's name as the certificates print it
 * @param certificate the issuer's signing certificate
 */
public record IssuerProfile(String baseUrl, String organisation, X509Certificate certificate) {
  /** Where the profile is published, under the base. */
  public static final String PROFILE_PATH = "issuer.json";

  /** Where the JWK Set is published, under the base. */
  public static final String JWKS_PATH = ".well-known/jwks.json";

  /** A certificate's status document, under {@code <base>/<CODE>/}. */
  public static final String STATUS_FILE = "status.json";

  /** The media type of a JWK Set (RFC 7517). */
  public static final String JWKS_MEDIA_TYPE = "application/jwk-set+json";

  public IssuerProfile {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(certificate, "certificate");
  }

  /** {@code <base>/issuer.json} when the base is a configured https address, else empty. */
  public static Optional<String> resolvableId(String baseUrl) {
    String base = trimmed(baseUrl);
    if (!base.startsWith("https://")
        || base.equals(trimmed(CertificateSettings.DEFAULT_BASE_URL))) {
      return Optional.empty();
    }
    return Optional.of(base + "/" + PROFILE_PATH);
  }

  /**
   * The issuer id credentials carry: the resolvable URL, else the URN with the certificate's hash.
   */
  public static String id(String baseUrl, String certificateSha256) {
    return resolvableId(baseUrl).orElse(OpenBadgeCredentials.ISSUER_URN + certificateSha256);
  }

  /** {@code <base>/<code>/status.json}. */
  public static String statusUrl(String baseUrl, String code) {
    return trimmed(baseUrl) + "/" + code + "/" + STATUS_FILE;
  }

  /** The OB 3.0 {@code Profile}: id, type, name, url, the certificate's hash and the JWKS. */
  public ObjectNode profile() {
    String sha256 = CertificateDescription.of(certificate).sha256Fingerprint();
    ObjectNode p = CredentialJson.object();
    p.set(
        "@context",
        CredentialJson.array(OpenBadgeCredentials.VC_CONTEXT, OpenBadgeCredentials.OB_CONTEXT));
    p.put("id", id(baseUrl, sha256));
    p.set("type", CredentialJson.array("Profile"));
    p.put("name", organisation);
    p.put("url", trimmed(baseUrl) + "/");
    ObjectNode hash = p.putArray("otherIdentifier").addObject();
    hash.put("type", "IdentifierEntry");
    hash.put("identifier", "sha256:" + sha256);
    hash.put("identifierType", "identifier");
    // Not an OB 3.0 term (Profile allows more): where the credentials' signing key is published.
    p.put("jwks_uri", trimmed(baseUrl) + "/" + JWKS_PATH);
    return p;
  }

  /** The profile as JSON text. */
  public String profileJson() {
    return CredentialJson.pretty(profile());
  }

  /**
   * The JWK Set with the issuer's public key, parsed from its certificate by Nimbus: {@code kid}
   * the certificate's SHA-256 (the credentials' JWS {@code kid}), {@code x5c} the certificate.
   */
  public String jwksJson() {
    JWK parsed;
    try {
      parsed = JWK.parse(certificate);
    } catch (JOSEException e) {
      throw new IllegalStateException("the issuer certificate's key is not a JWK key", e);
    }
    String kid = CertificateDescription.of(certificate).sha256Fingerprint();
    JWK jwk =
        parsed instanceof ECKey ec
            ? new ECKey.Builder(ec).keyID(kid).build()
            : parsed instanceof RSAKey rsa ? new RSAKey.Builder(rsa).keyID(kid).build() : parsed;
    return new JWKSet(jwk.toPublicJWK()).toString(true) + "\n";
  }

  private static String trimmed(String url) {
    String base = url.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base;
  }
}

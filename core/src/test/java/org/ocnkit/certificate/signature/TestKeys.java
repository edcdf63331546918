package org.ocnkit.certificate.signature;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Keys generated once per test run (RSA 3072 takes a moment) and certificate building for cases
 * ocnkit itself never creates: CAs, TSAs, weak or mis-used keys. Nothing here is committed.
 */
final class TestKeys {
  /** Inside every test certificate's validity. */
  static final Instant SIGNING_TIME = Instant.parse("2026-11-23T10:15:30Z");

  static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");

  private static IssuerKey ec;
  private static IssuerKey rsa;

  private TestKeys() {}

  static synchronized IssuerKey issuer(KeyAlgorithm algorithm) {
    return switch (algorithm) {
      case EC_P256 ->
          ec == null ? ec = IssuerKeys.generate("Lunds kommun", algorithm, NOT_BEFORE) : ec;
      case RSA_3072 ->
          rsa == null
              ? rsa = IssuerKeys.generate("Region Skåne Arbetsmarknad", algorithm, NOT_BEFORE)
              : rsa;
    };
  }

  static KeyPair ecKeyPair(String curve) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec(curve));
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair rsaKeyPair(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** What kind of certificate {@link #certificate} builds. */
  enum Kind {
    CA,
    SIGNER,
    TSA,
    ENCRYPTION_ONLY
  }

  /**
   * A certificate for {@code subjectKeys}, signed by {@code issuerKeys} ({@code issuerName} may
   * equal {@code subject} for a self-signed one).
   */
  static X509Certificate certificate(
      String subject,
      KeyPair subjectKeys,
      String issuerName,
      KeyPair issuerKeys,
      Kind kind,
      Instant notBefore,
      Instant notAfter) {
    try {
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              new X500Name(issuerName),
              BigInteger.valueOf(System.nanoTime()),
              Date.from(notBefore),
              Date.from(notAfter),
              new X500Name(subject),
              subjectKeys.getPublic());
      switch (kind) {
        case CA ->
            builder
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        case SIGNER ->
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        case TSA ->
            builder
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(
                    Extension.extendedKeyUsage,
                    true,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        case ENCRYPTION_ONLY ->
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyEncipherment));
      }
      String algorithm =
          issuerKeys.getPublic().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKeys.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** An EC P-256 CA and a signer key it certified, as an organisation might bring its own. */
  record CaIssued(
      X509Certificate ca, KeyPair caKeys, KeyPair signerKeys, List<X509Certificate> chain) {}

  static CaIssued caIssuedSigner(String curve) {
    KeyPair caKeys = ecKeyPair("secp256r1");
    X509Certificate ca =
        certificate(
            "C=SE,O=Test Kommun,CN=Test Kommun CA",
            caKeys,
            "C=SE,O=Test Kommun,CN=Test Kommun CA",
            caKeys,
            Kind.CA,
            NOT_BEFORE,
            Instant.parse("2036-01-01T00:00:00Z"));
    KeyPair signerKeys = ecKeyPair(curve);
    X509Certificate signer =
        certificate(
            "C=SE,O=Test Kommun,CN=Test Kommun",
            signerKeys,
            "C=SE,O=Test Kommun,CN=Test Kommun CA",
            caKeys,
            Kind.SIGNER,
            NOT_BEFORE,
            Instant.parse("2031-01-01T00:00:00Z"));
    return new CaIssued(ca, caKeys, signerKeys, List.of(signer, ca));
  }
}

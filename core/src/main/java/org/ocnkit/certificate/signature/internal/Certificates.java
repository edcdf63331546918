package org.ocnkit.certificate.signature.internal;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.Selector;
import org.bouncycastle.util.Store;
import org.ocnkit.Message;
import org.ocnkit.certificate.signature.IssuerKeys;
import org.ocnkit.certificate.signature.KeyAlgorithm;

/** X.509 certificate building, inspection and encoding. */
public final class Certificates {
  /** Validity of a certificate made by {@code ocn keys init}. */
  public static final int VALIDITY_YEARS = 10;

  private static final int KEY_USAGE_DIGITAL_SIGNATURE = 0;
  private static final int KEY_USAGE_NON_REPUDIATION = 1;
  private static final int KEY_USAGE_CERT_SIGN = 5;

  private Certificates() {}

  /** A new key pair of {@code algorithm}. */
  public static KeyPair generateKeyPair(KeyAlgorithm algorithm) {
    try {
      KeyPairGenerator generator;
      switch (algorithm) {
        case EC_P256 -> {
          generator = KeyPairGenerator.getInstance("EC");
          generator.initialize(new ECGenParameterSpec("secp256r1"), Crypto.random());
        }
        case RSA_3072 -> {
          generator = KeyPairGenerator.getInstance("RSA");
          generator.initialize(3072, Crypto.random());
        }
        default -> throw new IllegalArgumentException("unknown key algorithm " + algorithm);
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the Java runtime cannot generate " + algorithm + " keys", e);
    }
  }

  /**
   * A self-signed X.509 v3 issuer certificate: subject {@code C=SE, O=organisation,
   * CN=organisation}, key usage digitalSignature and nonRepudiation (critical), basic constraints
   * CA=false (critical), a subject key identifier, a random positive 128-bit serial number, valid
   * for {@value #VALIDITY_YEARS} years from {@code notBefore} (truncated to the second).
   */
  public static X509Certificate selfSigned(KeyPair keys, String organisation, Instant notBefore) {
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "SE")
            .addRDN(BCStyle.O, organisation)
            .addRDN(BCStyle.CN, organisation)
            .build();
    Instant start = notBefore.truncatedTo(ChronoUnit.SECONDS);
    Instant end = start.atOffset(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant();
    try {
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
                  subject,
                  randomSerial(),
                  Date.from(start),
                  Date.from(end),
                  subject,
                  keys.getPublic())
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  extensions.createSubjectKeyIdentifier(keys.getPublic()));
      ContentSigner signer =
          new JcaContentSignerBuilder(signatureAlgorithm(keys.getPublic()))
              .setProvider(Crypto.bc())
              .build(keys.getPrivate());
      return toX509(builder.build(signer));
    } catch (GeneralSecurityException
        | OperatorCreationException
        | org.bouncycastle.cert.CertIOException e) {
      throw new IllegalStateException("cannot build the issuer certificate", e);
    }
  }

  private static BigInteger randomSerial() {
    byte[] bytes = new byte[16];
    BigInteger serial;
    do {
      Crypto.random().nextBytes(bytes);
      serial = new BigInteger(1, bytes);
    } while (serial.signum() == 0);
    return serial;
  }

  /** The JCA name of the SHA-256 signature algorithm that fits {@code key}. */
  public static String signatureAlgorithm(PublicKey key) {
    return switch (key.getAlgorithm()) {
      case "EC" -> "SHA256withECDSA";
      case "RSA" -> "SHA256withRSA";
      default ->
          throw new IllegalArgumentException(
              "no signature algorithm for a " + key.getAlgorithm() + " key");
    };
  }

  public static X509Certificate toX509(X509CertificateHolder holder) throws CertificateException {
    return new JcaX509CertificateConverter().getCertificate(holder);
  }

  public static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("the certificate cannot be encoded", e);
    }
  }

  /** SHA-256 of the DER encoding, 64 lowercase hex digits. */
  public static String sha256Fingerprint(X509Certificate certificate) {
    return HexFormat.of().formatHex(Crypto.sha256(encoded(certificate)));
  }

  /** {@code EC P-256}, {@code EC P-384}, {@code RSA 3072}, or the JCA algorithm name. */
  public static String keyAlgorithm(PublicKey key) {
    if (key instanceof RSAPublicKey rsa) {
      return "RSA " + rsa.getModulus().bitLength();
    }
    if ("EC".equals(key.getAlgorithm())) {
      ASN1ObjectIdentifier curve = ecCurve(key);
      if (SECObjectIdentifiers.secp256r1.equals(curve)) {
        return "EC P-256";
      }
      if (SECObjectIdentifiers.secp384r1.equals(curve)) {
        return "EC P-384";
      }
      if (SECObjectIdentifiers.secp521r1.equals(curve)) {
        return "EC P-521";
      }
      return curve == null ? "EC (explicit curve parameters)" : "EC " + curve.getId();
    }
    return key.getAlgorithm();
  }

  private static ASN1ObjectIdentifier ecCurve(PublicKey key) {
    var parameters =
        SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm().getParameters();
    return parameters instanceof ASN1ObjectIdentifier oid ? oid : null;
  }

  /**
   * Why {@code key} and {@code certificate} cannot sign ocnkit certificates, or an empty list: the
   * key is ECDSA P-256 or P-384 or RSA of 2048 bits or more, the certificate's key usage (when
   * present) allows digitalSignature or nonRepudiation, and the key belongs to the certificate.
   */
  public static List<Message> unsuitableForSigning(PrivateKey key, X509Certificate certificate) {
    List<Message> problems = new ArrayList<>();
    PublicKey publicKey = certificate.getPublicKey();
    String algorithm = keyAlgorithm(publicKey);
    boolean acceptedKey =
        switch (algorithm) {
          case "EC P-256", "EC P-384" -> true;
          default -> publicKey instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= 2048;
        };
    if (!acceptedKey) {
      problems.add(Message.of(IssuerKeys.class, "key.algorithmNotAccepted", algorithm));
    }
    if (!allowsSigning(certificate)) {
      problems.add(Message.of(IssuerKeys.class, "key.usageNotSigning"));
    }
    if (acceptedKey && !belongTogether(key, publicKey)) {
      problems.add(Message.of(IssuerKeys.class, "key.mismatch"));
    }
    return problems;
  }

  /** True when the key usage extension is absent or allows digitalSignature or nonRepudiation. */
  public static boolean allowsSigning(X509Certificate certificate) {
    boolean[] usage = certificate.getKeyUsage();
    return usage == null || usage[KEY_USAGE_DIGITAL_SIGNATURE] || usage[KEY_USAGE_NON_REPUDIATION];
  }

  /** True for a CA certificate whose key usage (when present) allows certificate signing. */
  public static boolean canIssue(X509Certificate certificate) {
    boolean[] usage = certificate.getKeyUsage();
    return certificate.getBasicConstraints() >= 0
        && (usage == null || (usage.length > KEY_USAGE_CERT_SIGN && usage[KEY_USAGE_CERT_SIGN]));
  }

  private static boolean belongTogether(PrivateKey key, PublicKey publicKey) {
    byte[] probe = "ocnkit key pairing probe".getBytes(StandardCharsets.US_ASCII);
    try {
      String algorithm = signatureAlgorithm(publicKey);
      Signature signer = Signature.getInstance(algorithm, Crypto.bc());
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm, Crypto.bc());
      verifier.initVerify(publicKey);
      verifier.update(probe);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The certificate in PEM form, 64 base64 characters a line, ending with a newline. */
  public static String toPem(X509Certificate certificate) {
    String base64 =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(encoded(certificate));
    return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
  }

  /** Every certificate in PEM or DER {@code bytes}, in order. */
  public static List<X509Certificate> parse(byte[] bytes) throws CertificateException {
    Collection<? extends java.security.cert.Certificate> read =
        CertificateFactory.getInstance("X.509")
            .generateCertificates(new ByteArrayInputStream(bytes));
    List<X509Certificate> certificates = new ArrayList<>();
    for (java.security.cert.Certificate c : read) {
      certificates.add((X509Certificate) c);
    }
    return certificates;
  }

  /**
   * The certificate in {@code store} that {@code signer} names (issuer and serial, or subject key
   * identifier), if the CMS carries it.
   */
  @SuppressWarnings("unchecked")
  public static Optional<X509Certificate> find(Store<X509CertificateHolder> store, SignerId signer)
      throws CertificateException {
    Collection<X509CertificateHolder> matches =
        store.getMatches((Selector<X509CertificateHolder>) (Selector<?>) signer);
    if (matches.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(toX509(matches.iterator().next()));
  }
}

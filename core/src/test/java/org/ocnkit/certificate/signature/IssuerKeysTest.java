package org.ocnkit.certificate.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.OcnkitException;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;

class IssuerKeysTest {
  private static final char[] PASSWORD = "correct horse battery".toCharArray();

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(KeyAlgorithm.class)
  void createWritesAKeystoreThatLoadsBackWithTheSameKeyAndCertificate(KeyAlgorithm algorithm)
      throws Exception {
    Path file = dir.resolve("keys/issuer.p12");
    IssuerKey created =
        IssuerKeys.create(file, PASSWORD, "Lunds kommun", algorithm, TestKeys.NOT_BEFORE);

    IssuerKey loaded = IssuerKeys.load(file, PASSWORD.clone());

    assertThat(loaded.certificate()).isEqualTo(created.certificate());
    assertThat(loaded.insecurePrivateKey().getEncoded())
        .isEqualTo(created.insecurePrivateKey().getEncoded());
    assertThat(loaded.describe().keyAlgorithm())
        .isEqualTo(algorithm == KeyAlgorithm.EC_P256 ? "EC P-256" : "RSA 3072");
    KeyStore raw = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(file)) {
      raw.load(in, PASSWORD);
    }
    assertThat(java.util.Collections.list(raw.aliases())).containsExactly(IssuerKeys.ALIAS);
  }

  @Test
  void theIssuerCertificateHasTheAgreedContent() throws Exception {
    IssuerKey key =
        IssuerKeys.generate(
            "Lunds kommun", KeyAlgorithm.EC_P256, Instant.parse("2026-03-04T05:06:07.890Z"));
    X509Certificate certificate = key.certificate();

    assertThat(certificate.getVersion()).isEqualTo(3);
    assertThat(certificate.getSubjectX500Principal().getName())
        .isEqualTo("CN=Lunds kommun,O=Lunds kommun,C=SE");
    assertThat(certificate.getIssuerX500Principal())
        .isEqualTo(certificate.getSubjectX500Principal());
    certificate.verify(certificate.getPublicKey());
    assertThat(certificate.getNotBefore().toInstant())
        .isEqualTo(Instant.parse("2026-03-04T05:06:07Z"));
    assertThat(certificate.getNotAfter().toInstant())
        .isEqualTo(Instant.parse("2036-03-04T05:06:07Z"));
    assertThat(certificate.getCriticalExtensionOIDs())
        .contains(Extension.keyUsage.getId(), Extension.basicConstraints.getId());
    boolean[] usage = certificate.getKeyUsage();
    assertThat(usage[0]).as("digitalSignature").isTrue();
    assertThat(usage[1]).as("nonRepudiation").isTrue();
    for (int i = 2; i < usage.length; i++) {
      assertThat(usage[i]).as("key usage bit " + i).isFalse();
    }
    assertThat(certificate.getBasicConstraints()).as("not a CA").isEqualTo(-1);
    SubjectKeyIdentifier ski =
        SubjectKeyIdentifier.fromExtensions(
            new JcaX509CertificateHolder(certificate).getExtensions());
    assertThat(ski).isNotNull();
    assertThat(ski.getKeyIdentifier()).hasSize(20);
    BigInteger serial = certificate.getSerialNumber();
    assertThat(serial.signum()).isPositive();
    assertThat(serial.bitLength()).isLessThanOrEqualTo(128);
    assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withECDSA");
  }

  @Test
  void serialNumbersAreRandom() {
    BigInteger first =
        IssuerKeys.generate("A", KeyAlgorithm.EC_P256, TestKeys.NOT_BEFORE)
            .certificate()
            .getSerialNumber();
    BigInteger second =
        IssuerKeys.generate("A", KeyAlgorithm.EC_P256, TestKeys.NOT_BEFORE)
            .certificate()
            .getSerialNumber();
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void aWrongPasswordIsAClearEnvironmentError() {
    Path file = dir.resolve("issuer.p12");
    IssuerKeys.create(file, PASSWORD, "Lunds kommun", KeyAlgorithm.EC_P256, TestKeys.NOT_BEFORE);

    EnvironmentException e =
        catchThrowableOfType(
            EnvironmentException.class,
            () -> IssuerKeys.load(file, "not the password".toCharArray()));

    assertThat(onlyKey(e)).isEqualTo("keys.wrongPassword");
    assertThat(e.describe(Locale.ROOT)).contains("wrong password").contains(file.toString());
    assertThat(e.describe(Message.SWEDISH)).contains("fel l\u00f6senord");
  }

  @Test
  void aMissingKeystoreSaysHowToCreateOne() {
    Path file = dir.resolve("nowhere.p12");
    EnvironmentException e =
        catchThrowableOfType(EnvironmentException.class, () -> IssuerKeys.load(file, PASSWORD));
    assertThat(onlyKey(e)).isEqualTo("keys.missing");
    assertThat(e.getMessage()).contains("ocn keys init");
  }

  @Test
  void aFileThatIsNotPkcs12IsNamedAsSuch() throws Exception {
    Path file = dir.resolve("issuer.p12");
    Files.writeString(file, "-----BEGIN CERTIFICATE-----\nnot a keystore\n");
    EnvironmentException e =
        catchThrowableOfType(EnvironmentException.class, () -> IssuerKeys.load(file, PASSWORD));
    assertThat(onlyKey(e)).isEqualTo("keys.notPkcs12");
  }

  @Test
  void aKeystoreWithoutASuitableKeyIsRefusedOnLoad() throws Exception {
    KeyPair weak = TestKeys.rsaKeyPair(1024);
    X509Certificate certificate =
        TestKeys.certificate(
            "CN=Weak",
            weak,
            "CN=Weak",
            weak,
            TestKeys.Kind.SIGNER,
            TestKeys.NOT_BEFORE,
            Instant.parse("2030-01-01T00:00:00Z"));
    Path file = writeP12("weak.p12", weak, List.of(certificate));

    EnvironmentException e =
        catchThrowableOfType(EnvironmentException.class, () -> IssuerKeys.load(file, PASSWORD));

    assertThat(onlyKey(e)).isEqualTo("keys.noSuitableKey");
    assertThat(e.getMessage()).contains("RSA 1024");
  }

  @Test
  void createNeverReplacesAnExistingKeystore() throws Exception {
    Path file = dir.resolve("issuer.p12");
    IssuerKey first =
        IssuerKeys.create(
            file, PASSWORD, "Lunds kommun", KeyAlgorithm.EC_P256, TestKeys.NOT_BEFORE);
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(
            () ->
                IssuerKeys.create(
                    file, PASSWORD, "Other", KeyAlgorithm.EC_P256, TestKeys.NOT_BEFORE))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("never replaced");

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(IssuerKeys.load(file, PASSWORD).certificate()).isEqualTo(first.certificate());
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void theKeystoreIsReadableByItsOwnerOnly() throws Exception {
    Path file = dir.resolve("issuer.p12");
    IssuerKeys.create(file, PASSWORD, "Lunds kommun", KeyAlgorithm.EC_P256, TestKeys.NOT_BEFORE);
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void passwordsAndNamesAreChecked() {
    Path file = dir.resolve("issuer.p12");
    assertThatThrownBy(
            () ->
                IssuerKeys.create(
                    file,
                    "short".toCharArray(),
                    "Lunds kommun",
                    KeyAlgorithm.EC_P256,
                    TestKeys.NOT_BEFORE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least 8");
    assertThatThrownBy(
            () ->
                IssuerKeys.create(file, PASSWORD, "  ", KeyAlgorithm.EC_P256, TestKeys.NOT_BEFORE))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                IssuerKeys.create(
                    file, PASSWORD, "x".repeat(65), KeyAlgorithm.EC_P256, TestKeys.NOT_BEFORE))
        .isInstanceOf(InvalidInputException.class);
    assertThat(file).doesNotExist();
  }

  @Test
  void theCallersPasswordArrayIsLeftAsItWas() {
    char[] password = PASSWORD.clone();
    Path file = dir.resolve("issuer.p12");
    IssuerKeys.create(file, password, "Lunds kommun", KeyAlgorithm.EC_P256, TestKeys.NOT_BEFORE);
    IssuerKeys.load(file, password);
    assertThat(password).isEqualTo(PASSWORD);
  }

  @Test
  void importTakesAnOrganisationKeystoreWithItsChain() throws Exception {
    TestKeys.CaIssued org = TestKeys.caIssuedSigner("secp384r1");
    Path source = writeP12("org.p12", org.signerKeys(), org.chain());
    Path target = dir.resolve("keys/issuer.p12");

    IssuerKey imported =
        IssuerKeys.importKeystore(
            source,
            PASSWORD,
            target,
            "a new workspace password".toCharArray(),
            TestKeys.SIGNING_TIME);

    assertThat(imported.certificateChain()).containsExactlyElementsOf(org.chain());
    assertThat(imported.describe().keyAlgorithm()).isEqualTo("EC P-384");
    IssuerKey loaded = IssuerKeys.load(target, "a new workspace password".toCharArray());
    assertThat(loaded.certificateChain()).containsExactlyElementsOf(org.chain());
    assertThat(loaded.insecurePrivateKey().getEncoded())
        .isEqualTo(org.signerKeys().getPrivate().getEncoded());
  }

  @Test
  void importListsEveryReasonAKeyCannotSign() throws Exception {
    KeyPair weak = TestKeys.rsaKeyPair(1024);
    X509Certificate certificate =
        TestKeys.certificate(
            "CN=Weak",
            weak,
            "CN=Weak",
            weak,
            TestKeys.Kind.ENCRYPTION_ONLY,
            TestKeys.NOT_BEFORE,
            Instant.parse("2026-06-01T00:00:00Z"));
    Path source = writeP12("weak.p12", weak, List.of(certificate));
    Path target = dir.resolve("issuer.p12");

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                IssuerKeys.importKeystore(
                    source, PASSWORD, target, PASSWORD, TestKeys.SIGNING_TIME));

    assertThat(e.problems())
        .extracting(p -> p.message().key())
        .containsExactly("key.algorithmNotAccepted", "key.usageNotSigning", "key.expired");
    assertThat(e.problems()).extracting(Problem::location).containsOnly(source + "#key");
    assertThat(target).doesNotExist();
  }

  @Test
  void importRejectsAKeyThatDoesNotBelongToItsCertificate() throws Exception {
    KeyPair one = TestKeys.ecKeyPair("secp256r1");
    KeyPair other = TestKeys.ecKeyPair("secp256r1");
    X509Certificate certificate =
        TestKeys.certificate(
            "CN=One",
            one,
            "CN=One",
            one,
            TestKeys.Kind.SIGNER,
            TestKeys.NOT_BEFORE,
            Instant.parse("2030-01-01T00:00:00Z"));
    Path source =
        writeP12(
            "mixed.p12", new KeyPair(one.getPublic(), other.getPrivate()), List.of(certificate));

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                IssuerKeys.importKeystore(
                    source, PASSWORD, dir.resolve("issuer.p12"), PASSWORD, TestKeys.SIGNING_TIME));

    assertThat(e.problems()).extracting(p -> p.message().key()).containsExactly("key.mismatch");
  }

  @Test
  void importWithAWrongSourcePasswordIsAnEnvironmentError() throws Exception {
    TestKeys.CaIssued org = TestKeys.caIssuedSigner("secp256r1");
    Path source = writeP12("org.p12", org.signerKeys(), org.chain());
    EnvironmentException e =
        catchThrowableOfType(
            EnvironmentException.class,
            () ->
                IssuerKeys.importKeystore(
                    source,
                    "wrong".toCharArray(),
                    dir.resolve("i.p12"),
                    PASSWORD,
                    TestKeys.SIGNING_TIME));
    assertThat(onlyKey(e)).isEqualTo("keys.wrongPassword");
  }

  @Test
  void theCertificateExportsAsPemThatReadsBack() throws Exception {
    IssuerKey key = TestKeys.issuer(KeyAlgorithm.EC_P256);
    Path pem = dir.resolve("issuer.pem");

    IssuerKeys.exportCertificate(key, pem);

    String text = Files.readString(pem, StandardCharsets.US_ASCII);
    assertThat(text)
        .startsWith("-----BEGIN CERTIFICATE-----\n")
        .endsWith("-----END CERTIFICATE-----\n");
    assertThat(text.lines().filter(l -> !l.startsWith("-----"))).allMatch(l -> l.length() <= 64);
    assertThat(TrustAnchors.readCertificates(pem)).containsExactly(key.certificate());
  }

  @ParameterizedTest
  @EnumSource(KeyAlgorithm.class)
  void theDescriptionNamesSubjectValidityFingerprintAndKey(KeyAlgorithm algorithm)
      throws Exception {
    IssuerKey key = TestKeys.issuer(algorithm);
    CertificateDescription d = key.describe();

    byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
    assertThat(d.sha256Fingerprint()).isEqualTo(HexFormat.of().formatHex(sha256));
    assertThat(d.fingerprintForDisplay())
        .isEqualTo(HexFormat.ofDelimiter(":").withUpperCase().formatHex(sha256))
        .hasSize(95);
    assertThat(d.subject()).startsWith("CN=").endsWith(",C=SE");
    assertThat(d.selfIssued()).isTrue();
    assertThat(d.notBefore()).isEqualTo(TestKeys.NOT_BEFORE);
    assertThat(d.notAfter())
        .isEqualTo(TestKeys.NOT_BEFORE.atOffset(ZoneOffset.UTC).plusYears(10).toInstant());
    assertThat(d.keyAlgorithm())
        .isEqualTo(algorithm == KeyAlgorithm.EC_P256 ? "EC P-256" : "RSA 3072");
    assertThat(d.validAt(TestKeys.SIGNING_TIME)).isTrue();
  }

  @Test
  void toStringNamesTheCertificateButNeverTheKey() {
    IssuerKey key = TestKeys.issuer(KeyAlgorithm.EC_P256);
    String text = key.toString();
    String secret = ((ECPrivateKey) key.insecurePrivateKey()).getS().toString(16);
    byte[] encoded = key.insecurePrivateKey().getEncoded();

    assertThat(text).contains("Lunds kommun").contains(key.describe().sha256Fingerprint());
    assertThat(text)
        .doesNotContain(secret)
        .doesNotContain(HexFormat.of().formatHex(encoded))
        .doesNotContain(java.util.Base64.getEncoder().encodeToString(encoded));
  }

  private Path writeP12(String name, KeyPair keys, List<X509Certificate> chain) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("key", keys.getPrivate(), PASSWORD, chain.toArray(new X509Certificate[0]));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.store(out, PASSWORD);
    Path file = dir.resolve(name);
    Files.write(file, out.toByteArray());
    return file;
  }

  private static String onlyKey(OcnkitException e) {
    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0).message().key();
  }
}

package org.ocnkit.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * Two organisations whose signing certificates one certificate authority issued: a verifier that
 * trusts the authority accepts each organisation's certificates, but not one that names the other
 * organisation as its issuer.
 */
class IssuerUnderSharedCaTest {
  private static final Instant NOT_BEFORE = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant NOT_AFTER = Instant.parse("2035-01-01T00:00:00Z");
  private static final String CA_NAME = "C=SE,O=Kommunernas CA,CN=Kommunernas CA";

  @TempDir Path dir;

  private static KeyPair ec() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static X509Certificate certificate(
      String subject, KeyPair subjectKeys, KeyPair caKeys, boolean ca) throws Exception {
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            new X500Name(CA_NAME),
            BigInteger.valueOf(System.nanoTime()),
            Date.from(NOT_BEFORE),
            Date.from(NOT_AFTER),
            new X500Name(subject),
            subjectKeys.getPublic());
    if (ca) {
      builder
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
          .addExtension(
              Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    } else {
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
    }
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));
  }

  /** A PKCS#12 file holding a key the CA certified for {@code organisation}. */
  private Path keystore(String organisation, KeyPair caKeys, X509Certificate ca) throws Exception {
    KeyPair keys = ec();
    X509Certificate signer =
        certificate("C=SE,O=" + organisation + ",CN=" + organisation, keys, caKeys, false);
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "issuer",
        keys.getPrivate(),
        SampleRequests.PASSWORD.toCharArray(),
        new X509Certificate[] {signer, ca});
    Path file = dir.resolve(organisation.replace(' ', '-') + ".p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, SampleRequests.PASSWORD.toCharArray());
    }
    return file;
  }

  /** Issues one certificate in a workspace (org.name {@value TestWorkspaces#ORGANISATION}). */
  private IssuedCertificate issue(String folder, Path keystore) {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve(folder))) {
      char[] password = SampleRequests.PASSWORD.toCharArray();
      IssuingKeys keys =
          IssuerKeyFiles.of(ws)
              .importKeystore(
                  keystore, password, password, folder + "/ocnkit-log", TestClock.START);
      return CertificateIssuer.of(ws, keys)
          .issue("a", List.of(SampleRequests.request("Anna Berg", 2)))
          .certificates()
          .get(0);
    }
  }

  @Test
  void anotherOrganisationUnderTheSameCaCannotIssueInThisOnesName() throws Exception {
    KeyPair caKeys = ec();
    X509Certificate ca = certificate(CA_NAME, caKeys, caKeys, true);
    // The honest issuer's certificate names the organisation its records name.
    IssuedCertificate honest = issue("honest", keystore(TestWorkspaces.ORGANISATION, caKeys, ca));
    // Another organisation under the same CA writes the honest one's name into its records.
    IssuedCertificate impostor = issue("impostor", keystore("Grannkommunen", caKeys, ca));
    assertThat(impostor.record().issuer().organisation()).isEqualTo(TestWorkspaces.ORGANISATION);

    Path caPem = dir.resolve("ca.pem");
    Files.writeString(caPem, org.ocnkit.certificate.signature.IssuerKeys.toPem(ca));
    CertificateVerifier trustingTheCa =
        new CertificateVerifier(
            new VerificationSources(
                    Optional.empty(),
                    List.of(caPem),
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    Optional.empty(),
                    java.util.EnumSet.allOf(VerificationOptions.Unchecked.class),
                    java.time.Clock.systemUTC())
                .options());

    VerificationResult ok = trustingTheCa.verify(honest.file());
    assertThat(ok.verdict()).as(ok.toString()).isEqualTo(VerificationResult.Verdict.VALID);
    assertThat(ok.check("SIGNER_TRUSTED").orElseThrow().passed()).isTrue();

    VerificationResult forged = trustingTheCa.verify(impostor.file());
    assertThat(forged.verdict())
        .as(forged.toString())
        .isEqualTo(VerificationResult.Verdict.INVALID);
    assertThat(forged.check("SIGNER_TRUSTED").orElseThrow().passed()).isTrue();
    assertThat(forged.failures()).extracting(VerificationCheck::name).containsExactly("ISSUER");
    assertThat(forged.check("ISSUER").orElseThrow().reason().key())
        .isEqualTo("verify.issuer.otherOrganisation");
    assertThat(forged.check("ISSUER").orElseThrow().toString()).contains("Grannkommunen");
  }

  @Test
  void organisationNamesCompareWithoutCaseOrExtraSpace() {
    assertThat(CertificateVerifier.sameOrganisation("Lunds  kommun ", "lunds kommun")).isTrue();
    assertThat(CertificateVerifier.sameOrganisation("Lunds kommun", "Lund kommun")).isFalse();
  }
}

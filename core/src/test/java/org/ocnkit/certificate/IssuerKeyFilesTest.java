package org.ocnkit.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.internal.testing.PdfBytes;
import org.ocnkit.certificate.signature.IssuerKey;
import org.ocnkit.certificate.signature.IssuerKeys;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.store.Settings;

class IssuerKeyFilesTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final String ORIGIN = "intyg.norrbacka.example/ocnkit-log";

  @TempDir Path dir;

  private static char[] password() {
    return "a good long password".toCharArray();
  }

  private IssuerKeyFiles files() {
    return new IssuerKeyFiles(dir.resolve("keys"));
  }

  @Test
  void createdKeysLoadBackAndThePublicFilesNeedNoPassword() {
    IssuingKeys created =
        files().create(password(), "Norrbacka kommun", KeyAlgorithm.EC_P256, ORIGIN, NOW);
    VerificationKeys published = files().verificationKeys();
    assertThat(published.issuerCertificate()).isEqualTo(created.issuer().certificate());
    assertThat(published.logKey()).isEqualTo(created.log().verifierKey());
    assertThat(published.logOrigin()).isEqualTo(ORIGIN);
    assertThat(published.describeIssuer().subject()).contains("O=Norrbacka kommun");
    assertThat(published.describeIssuer().notBefore()).isEqualTo(NOW);

    IssuingKeys loaded = files().load(password());
    assertThat(loaded.issuer().certificate()).isEqualTo(created.issuer().certificate());
    assertThat(loaded.log().verifierKey()).isEqualTo(created.log().verifierKey());
    assertThat(loaded.toString()).doesNotContain(created.log().revealPrivateKeyString());
    assertThat(files().keystore()).exists();
  }

  @Test
  void noPrivateKeyIsStoredInClear() throws Exception {
    IssuingKeys created =
        files().create(password(), "Norrbacka kommun", KeyAlgorithm.EC_P256, ORIGIN, NOW);
    String[] parts = created.log().revealPrivateKeyString().split("\\+", 5);
    byte[] seed = Arrays.copyOfRange(Base64.getDecoder().decode(parts[4]), 1, 33);
    String pem = Files.readString(files().logKeyFile());
    assertThat(pem).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    for (Path file :
        List.of(
            files().logKeyFile(),
            files().keystore(),
            files().certificateFile(),
            files().logVerifierKeyFile())) {
      assertThat(PdfBytes.indexOf(Files.readAllBytes(file), seed, 0))
          .as(file.toString())
          .isNegative();
      assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).doesNotContain("PRIVATE+KEY");
    }
    if (files().logKeyFile().getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(Files.getPosixFilePermissions(files().logKeyFile()))
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
    KeyStore keystore = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(files().keystore())) {
      keystore.load(in, password());
    }
    assertThat(keystore.isKeyEntry(IssuerKeys.ALIAS)).isTrue();
  }

  @Test
  void openSslReadsTheEncryptedLogKey() throws Exception {
    assumeTrue(onPath("openssl"), "openssl is not on the PATH");
    IssuingKeys created =
        files().create(password(), "Norrbacka kommun", KeyAlgorithm.EC_P256, ORIGIN, NOW);
    Process process =
        new ProcessBuilder(
                "openssl",
                "pkey",
                "-in",
                files().logKeyFile().toString(),
                "-passin",
                "pass:" + new String(password()),
                "-pubout",
                "-outform",
                "DER")
            .redirectErrorStream(false)
            .start();
    byte[] spki = process.getInputStream().readAllBytes();
    assertThat(process.waitFor()).isZero();
    byte[] publicKey = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
    assertThat(publicKey).isEqualTo(created.log().verifierKey().publicKey());

    Process wrong =
        new ProcessBuilder(
                "openssl",
                "pkey",
                "-in",
                files().logKeyFile().toString(),
                "-passin",
                "pass:not the password",
                "-noout")
            .start();
    wrong.getInputStream().readAllBytes();
    assertThat(wrong.waitFor()).isNotZero();
  }

  @Test
  void aWrongPasswordIsAnEnvironmentFailureNamingTheFile() {
    files().create(password(), "Norrbacka kommun", KeyAlgorithm.EC_P256, ORIGIN, NOW);
    assertThatThrownBy(() -> files().load("not the password".toCharArray()))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining(files().keystore().toString());
  }

  @Test
  void keysAreNeverReplaced() {
    files().create(password(), "Norrbacka kommun", KeyAlgorithm.EC_P256, ORIGIN, NOW);
    VerificationKeys before = files().verificationKeys();
    assertThatThrownBy(() -> files().create(password(), "Other", KeyAlgorithm.EC_P256, ORIGIN, NOW))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("never replaced");
    assertThat(files().verificationKeys().logKey()).isEqualTo(before.logKey());
  }

  @Test
  void badInputIsRefusedBeforeAnythingIsWritten() {
    assertThatThrownBy(
            () ->
                files()
                    .create(
                        "short".toCharArray(),
                        "Norrbacka kommun",
                        KeyAlgorithm.EC_P256,
                        ORIGIN,
                        NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least 8");
    assertThatThrownBy(
            () ->
                files()
                    .create(
                        password(),
                        "Norrbacka kommun",
                        KeyAlgorithm.EC_P256,
                        "has spaces/log",
                        NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("log.origin");
    assertThatThrownBy(() -> files().create(password(), " ", KeyAlgorithm.EC_P256, ORIGIN, NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThat(files().exist()).isFalse();
  }

  @Test
  void missingKeysSayHowToCreateThem() {
    assertThatThrownBy(() -> files().verificationKeys())
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("ocn keys init");
  }

  @Test
  void aSwappedPublicFileIsDetectedWhenTheKeysAreLoaded() throws Exception {
    files().create(password(), "Norrbacka kommun", KeyAlgorithm.EC_P256, ORIGIN, NOW);
    IssuerKeyFiles other = new IssuerKeyFiles(dir.resolve("other"));
    other.create(password(), "Norrbacka kommun", KeyAlgorithm.EC_P256, ORIGIN, NOW);
    Files.copy(
        other.certificateFile(),
        files().certificateFile(),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> files().load(password()))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining(IssuerKeyFiles.CERTIFICATE);
  }

  @Test
  void anOrganisationsOwnKeystoreIsImportedWithANewLogKey() throws Exception {
    IssuerKey own = IssuerKeys.generate("Region Exempel", KeyAlgorithm.RSA_3072, NOW);
    Path p12 = dir.resolve("own.p12");
    IssuerKeys.write(own, p12, "their password".toCharArray());
    IssuingKeys imported =
        files().importKeystore(p12, "their password".toCharArray(), password(), ORIGIN, NOW);
    assertThat(imported.issuer().certificate()).isEqualTo(own.certificate());
    assertThat(files().load(password()).issuer().describe().keyAlgorithm()).isEqualTo("RSA 3072");
    assertThat(files().verificationKeys().logOrigin()).isEqualTo(ORIGIN);
  }

  @Test
  void theLogOriginComesFromTheSettingsOrTheOrganisation() {
    assertThat(CertificateSettings.logOrigin(settings("log.origin=intyg.x.example/log\n")))
        .isEqualTo("intyg.x.example/log");
    assertThat(
            CertificateSettings.logOrigin(
                settings("org.name=Norrbacka kommun, Arbetsmarknadsenheten\n")))
        .isEqualTo("norrbacka-kommun-arbetsmarknadsenheten/ocnkit-log");
    assertThat(CertificateSettings.logOrigin(settings("org.name=Łódź Åre Işık\n")))
        .isEqualTo("lodz-are-isik/ocnkit-log");
    assertThat(CertificateSettings.logOrigin(settings(""))).isEqualTo("ocnkit-log");
    assertThat(CertificateSettings.baseUrl(settings("")))
        .isEqualTo(CertificateSettings.DEFAULT_BASE_URL);
    assertThatThrownBy(
            () -> CertificateSettings.baseUrl(settings("# x\ncertificate.baseUrl=ftp://x\n")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(":2");
  }

  private Settings settings(String text) {
    return Settings.parse(dir.resolve("ocnkit.properties"), text);
  }

  static boolean onPath(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}

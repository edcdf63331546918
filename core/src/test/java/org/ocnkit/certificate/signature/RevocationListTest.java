package org.ocnkit.certificate.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ocnkit.InvalidInputException;
import org.ocnkit.RefusedException;

class RevocationListTest {
  private static final String FP_A = "aa".repeat(32);
  private static final String FP_B = "0b".repeat(32);

  private static RevocationList sample() {
    return new RevocationList(
        Instant.parse("2026-11-23T10:15:00Z"),
        List.of(
            new RevocationEntry(
                "K7QM-2XHD",
                FP_A,
                Instant.parse("2026-11-20T08:00:00Z"),
                "issued to the wrong person"),
            new RevocationEntry(
                "P3RT-9ZKW",
                FP_B,
                Instant.parse("2026-11-21T09:30:00Z"),
                "unit withdrawn:\tpanel decision 2026-11-19\nsee minutes \\ §4 — Malmö")));
  }

  @Test
  void theBodyIsDeterministicSortedTextWithEscapedReasons() {
    String body = new String(sample().body(), StandardCharsets.UTF_8);

    assertThat(body)
        .isEqualTo(
            "ocnkit-revocation-list 2\n"
                + "issued-at\t2026-11-23T10:15:00Z\n"
                + "valid-until\t2026-11-30T10:15:00Z\n"
                + "entries\t2\n"
                + "revoked\tP3RT-9ZKW\t"
                + FP_B
                + "\t2026-11-21T09:30:00Z\t"
                + "unit withdrawn:\\tpanel decision 2026-11-19\\nsee minutes \\\\ §4 — Malmö\n"
                + "revoked\tK7QM-2XHD\t"
                + FP_A
                + "\t2026-11-20T08:00:00Z\tissued to the wrong person\n");
    List<RevocationEntry> reversed = new ArrayList<>(sample().entries());
    java.util.Collections.reverse(reversed);
    assertThat(new RevocationList(sample().issuedAt(), reversed).body()).isEqualTo(sample().body());
  }

  @ParameterizedTest
  @EnumSource(KeyAlgorithm.class)
  void aSignedListVerifiesAndReadsBackEqual(KeyAlgorithm algorithm) {
    IssuerKey key = TestKeys.issuer(algorithm);
    byte[] p7m = sample().sign(key);

    RevocationList read = RevocationList.verify(p7m, TrustAnchors.of(key.certificate()));

    assertThat(read).isEqualTo(sample());
    assertThat(read.find(FP_B).orElseThrow().reason()).contains("\t").contains("\n");
    assertThat(read.find("cc".repeat(32))).isEmpty();
  }

  @Test
  void aChangedByteInTheListIsRejected() {
    IssuerKey key = TestKeys.issuer(KeyAlgorithm.EC_P256);
    byte[] p7m = sample().sign(key);
    int at = TestPdfs.indexOf(p7m, "issued to the wrong person");
    assertThat(at).isPositive();
    p7m[at] = 'I';

    RefusedException e =
        catchThrowableOfType(
            RefusedException.class,
            () -> RevocationList.verify(p7m, TrustAnchors.of(key.certificate())));

    assertThat(e.problems().get(0).message().key()).isEqualTo("revocations.signatureInvalid");
    assertThat(e.getMessage()).contains("has been changed");
  }

  @Test
  void aListSignedByAnotherKeyIsRejected() {
    IssuerKey signer = TestKeys.issuer(KeyAlgorithm.EC_P256);
    IssuerKey trusted = TestKeys.issuer(KeyAlgorithm.RSA_3072);
    byte[] p7m = sample().sign(signer);

    RefusedException e =
        catchThrowableOfType(
            RefusedException.class,
            () -> RevocationList.verify(p7m, TrustAnchors.of(trusted.certificate())));

    assertThat(e.problems().get(0).message().key()).isEqualTo("revocations.untrusted");
    assertThat(e.getMessage()).contains(signer.describe().fingerprintForDisplay());
  }

  @Test
  void aListIssuedOutsideTheSignersValidityIsRejected() {
    IssuerKey key = TestKeys.issuer(KeyAlgorithm.EC_P256);
    byte[] p7m = new RevocationList(Instant.parse("2045-01-01T00:00:00Z"), List.of()).sign(key);

    assertThatThrownBy(() -> RevocationList.verify(p7m, TrustAnchors.of(key.certificate())))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("was not valid when the list was issued");
  }

  @Test
  void bytesThatAreNotASignedListAreAnInputError() {
    assertThatThrownBy(
            () ->
                RevocationList.verify(
                    "not a list".getBytes(StandardCharsets.UTF_8),
                    TrustAnchors.of(TestKeys.issuer(KeyAlgorithm.EC_P256).certificate())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a signed revocation list");
  }

  @Test
  void aMalformedBodyIsRejectedWithItsLine() {
    byte[] body =
        ("ocnkit-revocation-list 2\nissued-at\t2026-11-23T10:15:00Z\n"
                + "valid-until\t2026-11-30T10:15:00Z\nentries\t1\n"
                + "revoked\tK7QM\tnot-a-fingerprint\t2026-11-20T08:00:00Z\treason\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RevocationList.parse(body))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("line 5")
        .hasMessageContaining("64 lowercase hex");
  }

  @Test
  void aListWithoutValidityIsRefused() {
    byte[] v1 =
        ("ocnkit-revocation-list 1\nissued-at\t2026-11-23T10:15:00Z\nentries\t0\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RevocationList.parse(v1))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("no validity period");
    byte[] noValidity =
        ("ocnkit-revocation-list 2\nissued-at\t2026-11-23T10:15:00Z\n" + "entries\t0\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RevocationList.parse(noValidity))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("valid-until");
    assertThatThrownBy(
            () ->
                new RevocationList(
                    Instant.parse("2026-11-23T10:15:00Z"),
                    Instant.parse("2026-11-23T10:15:00Z"),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aListIsReliedOnOnlyWithinItsValidity() {
    RevocationList list = sample();
    list.requireCurrent(Instant.parse("2026-11-23T10:15:00Z"));
    list.requireCurrent(Instant.parse("2026-11-30T10:15:00Z"));
    assertThatThrownBy(() -> list.requireCurrent(Instant.parse("2026-11-30T10:15:01Z")))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("issued 2026-11-23T10:15:00Z")
        .hasMessageContaining("valid until 2026-11-30T10:15:00Z and has expired");
    assertThatThrownBy(() -> list.requireCurrent(Instant.parse("2026-11-23T10:14:59Z")))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("after the verifier");
  }

  @Test
  void entriesAreValidated() {
    Instant t = Instant.parse("2026-11-20T08:00:00Z");
    assertThatThrownBy(() -> new RevocationEntry("has space", FP_A, t, "r"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RevocationEntry("K", FP_A.toUpperCase(), t, "r"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RevocationEntry("K", FP_A, t, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new RevocationList(
                    t,
                    List.of(
                        new RevocationEntry("K1", FP_A, t, "r"),
                        new RevocationEntry("K2", FP_A, t, "r"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listed twice");
  }

  @ParameterizedTest(name = "seed {0}")
  @org.junit.jupiter.params.provider.ValueSource(
      longs = {
        1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946
      })
  void everyListReadsBackFromItsBody(long seed) {
    RevocationList list = randomList(new java.util.Random(seed));
    assertThat(RevocationList.parse(list.body())).isEqualTo(list);
  }

  /** A list with random codes, fingerprints, instants and reasons (any printable text). */
  private static RevocationList randomList(java.util.Random random) {
    java.util.Map<String, RevocationEntry> entries = new java.util.LinkedHashMap<>();
    int size = random.nextInt(7);
    while (entries.size() < size) {
      byte[] fingerprint = new byte[32];
      random.nextBytes(fingerprint);
      RevocationEntry entry =
          new RevocationEntry(
              randomText(
                  random, "!\"#$%&'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~åäöÅÄÖ", 1, 20),
              HexFormat.of().formatHex(fingerprint),
              Instant.ofEpochSecond(random.nextInt(2_000_000_000)),
              randomReason(random));
      entries.put(entry.fingerprint(), entry);
    }
    return new RevocationList(
        Instant.ofEpochSecond(random.nextInt(2_000_000_000)),
        java.util.List.copyOf(entries.values()));
  }

  private static String randomReason(java.util.Random random) {
    String reason;
    do {
      reason =
          randomText(random, "abc XYZ åäö ÅÄÖ ł ğ ễ \t\n\r\\ % ; : = \" ' 0 9 € 漢 \u00a0", 1, 40);
    } while (reason.isBlank());
    return reason;
  }

  private static String randomText(java.util.Random random, String alphabet, int min, int max) {
    int[] codePoints = alphabet.codePoints().toArray();
    StringBuilder text = new StringBuilder();
    int length = min + random.nextInt(max - min + 1);
    for (int i = 0; i < length; i++) {
      text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return text.toString();
  }

  @Test
  void openSslVerifiesTheListWithTheCommandInTheJavadoc(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("openssl"), "openssl is not on the PATH");
    IssuerKey key = TestKeys.issuer(KeyAlgorithm.EC_P256);
    Path p7m = dir.resolve("revocations.p7m");
    Path pem = dir.resolve("issuer.pem");
    Files.write(p7m, sample().sign(key));
    IssuerKeys.exportCertificate(key, pem);

    Result ok =
        openssl(
            dir,
            "cms",
            "-verify",
            "-inform",
            "DER",
            "-in",
            p7m.toString(),
            "-CAfile",
            pem.toString(),
            "-purpose",
            "any");

    assertThat(ok.exit()).as(ok.stderr()).isZero();
    assertThat(ok.stdout()).isEqualTo(sample().body());
    assertThat(ok.stderr()).contains("Verification successful");

    byte[] tampered = Files.readAllBytes(p7m);
    tampered[TestPdfs.indexOf(tampered, "issued to the wrong person")] = 'I';
    Files.write(p7m, tampered);
    Result bad =
        openssl(
            dir,
            "cms",
            "-verify",
            "-inform",
            "DER",
            "-in",
            p7m.toString(),
            "-CAfile",
            pem.toString(),
            "-purpose",
            "any");
    assertThat(bad.exit()).isNotZero();
  }

  private record Result(int exit, byte[] stdout, String stderr) {}

  private static Result openssl(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("openssl");
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), out, Files.readString(dir.resolve("stderr.txt")));
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String folder : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}

package org.ocnkit.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocnkit.EnvironmentException;
import org.ocnkit.ledger.NoteSigningKey;

class LogKeyFileTest {
  private static final char[] PASSWORD = "password for tests".toCharArray();

  /** Seeds whose base64 forms hold '+' and '/' as well as none: the parsing must not care. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyKeyRoundTripsThroughItsEncryptedFile(long seed) {
    byte[] bytes = new byte[32];
    new Random(seed).nextBytes(bytes);
    NoteSigningKey key = NoteSigningKey.fromSeed("intyg.example/ocnkit-log", bytes);
    byte[] pem = LogKeyFile.encrypt(key, PASSWORD);
    assertThat(new String(pem, StandardCharsets.US_ASCII))
        .startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n");
    NoteSigningKey back = LogKeyFile.decrypt("k", pem, PASSWORD, key.name());
    assertThat(back.revealPrivateKeyString()).isEqualTo(key.revealPrivateKeyString());
  }

  @Test
  void aWrongPasswordOrAnotherFileIsRefused() {
    NoteSigningKey key = NoteSigningKey.generate("x.example/log");
    byte[] pem = LogKeyFile.encrypt(key, PASSWORD);
    assertThatThrownBy(() -> LogKeyFile.decrypt("k.pem", pem, "wrong".toCharArray(), "x"))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("wrong password");
    assertThatThrownBy(
            () ->
                LogKeyFile.decrypt(
                    "k.pem",
                    "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
                        .getBytes(StandardCharsets.US_ASCII),
                    PASSWORD,
                    "x"))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("k.pem");
  }
}

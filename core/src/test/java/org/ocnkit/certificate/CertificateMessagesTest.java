package org.ocnkit.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.signature.IssuerKeys;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.certificate.signature.TrustAnchors;
import org.ocnkit.ledger.NoteSigningKey;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * Every message key the certificate package uses has an English and a Swedish text, and both parse;
 * the verification options refuse contradictions.
 */
class CertificateMessagesTest {
  private static final Pattern KEY =
      Pattern.compile(
          "\"((?:code|rule|template|check|settings|keyfiles|file|issue|register|log|verify|sources|qualification|anchor)"
              + "\\.[a-zA-Z0-9.]+)\"");

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CertificateMessagesTest.class.getResourceAsStream(name)) {
      p.load(in);
    }
    return p;
  }

  @Test
  void everyKeyUsedInTheCodeHasBothTexts() throws IOException {
    Properties en = bundle("messages.properties");
    Properties sv = bundle("messages_sv.properties");
    assertThat(sv.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    Set<String> used = new TreeSet<>();
    Path root = Path.of("src/main/java/org/ocnkit/certificate");
    try (Stream<Path> sources = Files.walk(root)) {
      for (Path source :
          sources
              .filter(
                  p ->
                      p.toString().endsWith(".java") && !root.relativize(p).startsWith("signature"))
              .toList()) {
        Matcher m = KEY.matcher(Files.readString(source));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    // Strings that look like keys but are a setting, a file name and a layout key.
    used.removeAll(Set.of("log.origin", "log.vkey", "rule.thickness"));
    // Texts of the certificate template (templates/certificate), not of this bundle.
    used.removeAll(
        Set.of(
            "qualification.subtitle",
            "qualification.intro",
            "qualification.level",
            "qualification.units"));
    assertThat(used).hasSizeGreaterThan(70);
    assertThat(en.stringPropertyNames()).containsAll(used);
    for (String key : en.stringPropertyNames()) {
      new MessageFormat(en.getProperty(key));
      new MessageFormat(sv.getProperty(key));
    }
  }

  @Test
  void verificationOptionsRefuseContradictions(@TempDir Path dir) {
    TrustAnchors trust =
        TrustAnchors.of(
            IssuerKeys.generate("X", KeyAlgorithm.EC_P256, TestClock.START).certificate());
    assertThatThrownBy(() -> VerificationOptions.builder(TrustAnchors.of(List.of())))
        .isInstanceOf(IllegalArgumentException.class);
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      assertThatThrownBy(() -> VerificationOptions.builder(trust).workspaceLog(ws.store()).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("log key");
      assertThat(
              VerificationOptions.builder(trust)
                  .logKey(
                      NoteSigningKey.generate("x/log").verifierKey(),
                      VerificationOptions.LogKeySource.GIVEN)
                  .workspaceLog(ws.store())
                  .build()
                  .workspaceLog())
          .isPresent();
    }
  }
}

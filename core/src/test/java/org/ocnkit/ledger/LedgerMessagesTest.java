package org.ocnkit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the ledger uses has an English and a Swedish text, and both parse. */
class LedgerMessagesTest {
  private static final Pattern KEY =
      Pattern.compile(
          "\"((?:proof|key|note|checkpoint|bundle|log|audit|store|publish|published|witness|cosignature)\\.[a-zA-Z0-9.]+)\"");

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = LedgerMessagesTest.class.getResourceAsStream(name)) {
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
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/ocnkit/ledger"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(source));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(60);
    assertThat(en.stringPropertyNames()).containsAll(used);
    for (String key : en.stringPropertyNames()) {
      new MessageFormat(en.getProperty(key));
      new MessageFormat(sv.getProperty(key));
    }
  }
}

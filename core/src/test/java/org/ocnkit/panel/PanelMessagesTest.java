package org.ocnkit.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocnkit.Message;

/** Every panel text exists in English and Swedish, and every pattern formats. */
class PanelMessagesTest {
  @Test
  void everyKeyIsInBothLanguagesAndEveryPatternIsValid() throws Exception {
    Properties en = load("messages.properties");
    Properties sv = load("messages_sv.properties");
    assertThat(sv.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (Properties p : java.util.List.of(en, sv)) {
      for (String key : p.stringPropertyNames()) {
        new MessageFormat(p.getProperty(key), Locale.ROOT)
            .format(new Object[] {"A", "B", "C", "D"});
      }
    }
  }

  @Test
  void everyEnumHasItsNamesInBothLanguages() {
    for (Locale locale : Set.of(Locale.ENGLISH, Message.SWEDISH)) {
      for (Sector s : Sector.values()) {
        assertThat(s.displayName(locale)).doesNotStartWith("sector.");
      }
      for (VoteChoice v : VoteChoice.values()) {
        assertThat(v.displayName(locale)).doesNotStartWith("vote.");
      }
    }
    assertThat(VoteChoice.APPROVE_WITH_CONDITIONS.displayName(Message.SWEDISH))
        .isEqualTo("fastställ med villkor");
    assertThat(Sector.WORKING_LIFE.displayName(Message.SWEDISH)).isEqualTo("arbetsliv");
  }

  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = Panel.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}

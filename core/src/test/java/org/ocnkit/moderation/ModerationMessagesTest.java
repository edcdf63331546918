package org.ocnkit.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.store.Settings;

/** Texts in both languages; settings and periods read with errors that say what to write. */
class ModerationMessagesTest {
  @Test
  void everyKeyIsInBothLanguagesAndEveryPatternIsValid() throws Exception {
    Properties en = load("messages.properties");
    Properties sv = load("messages_sv.properties");
    assertThat(sv.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (Properties p : List.of(en, sv)) {
      for (String key : p.stringPropertyNames()) {
        // A lone apostrophe starts a quote in MessageFormat and vanishes: write it twice.
        assertThat(p.getProperty(key)).as(key).doesNotContainPattern("(?<!')'(?!')");
        new MessageFormat(p.getProperty(key), Locale.ROOT)
            .format(new Object[] {"A", "B", "C", "D", "E"});
      }
    }
    for (Locale locale : Set.of(Locale.ENGLISH, Message.SWEDISH)) {
      for (SampleReason.Kind kind : SampleReason.Kind.values()) {
        assertThat(new SampleReason(kind, "2/3").message().format(locale))
            .doesNotStartWith("reason.");
      }
      for (Readiness.Status s : Readiness.Status.values()) {
        assertThat(p(locale, "readiness." + s.name())).doesNotStartWith("readiness.");
      }
      for (Dimension d : Dimension.values()) {
        assertThat(d.displayName(locale)).doesNotStartWith("dimension.");
      }
      for (Verdict v : Verdict.values()) {
        assertThat(v.displayName(locale)).doesNotStartWith("verdict.");
      }
    }
    assertThat(
            new SampleReason(SampleReason.Kind.COVER_METHOD, "photo")
                .message()
                .format(Locale.ENGLISH))
        .isEqualTo("at least one per method: photo");
  }

  @Test
  void settingsDefaultToDesignAndRejectWhatTheyCannotRead() {
    Path file = Path.of("ocnkit.properties");
    assertThat(ModerationSettings.from(Settings.parse(file, "")))
        .isEqualTo(ModerationSettings.DEFAULTS);
    ModerationSettings s =
        ModerationSettings.from(
            Settings.parse(
                file,
                "moderation.newAssessorCount=5\nmoderation.share=0.125\nmoderation.cover=unit, method\n"));
    assertThat(s)
        .isEqualTo(
            new ModerationSettings(
                5, new BigDecimal("0.125"), EnumSet.of(Dimension.UNIT, Dimension.METHOD)));
    assertThat(s.sharePercent()).isEqualTo("12.5");
    assertThat(ModerationSettings.from(Settings.parse(file, "moderation.cover=none")).cover())
        .isEmpty();
    assertThat(
            catchThrowableOfType(
                    () ->
                        ModerationSettings.from(
                            Settings.parse(file, "# rules\nmoderation.share=1.5\n")),
                    InvalidInputException.class)
                .describe(Locale.ENGLISH))
        .contains("ocnkit.properties:2", "0.20 for 20 %");
    assertThat(
            catchThrowableOfType(
                    () ->
                        ModerationSettings.from(
                            Settings.parse(file, "moderation.cover=assessor,room\n")),
                    InvalidInputException.class)
                .describe(Locale.ENGLISH))
        .contains("'assessor,room'");
  }

  @Test
  void theWorkspaceTemplateStatesTheDefaults() throws Exception {
    String template;
    try (InputStream in =
        org.ocnkit.store.Workspace.class.getResourceAsStream("ocnkit.properties.template")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(ModerationSettings.from(Settings.parse(Path.of("ocnkit.properties"), template)))
        .isEqualTo(ModerationSettings.DEFAULTS);
    assertThat(template).contains("moderation.cover=assessor,unit,method,site");
  }

  @Test
  void aPeriodIsWrittenFirstDotDotLastDay() {
    assertThat(PlanPeriod.parse(" 2026-09-01..2026-11-30 ").toString())
        .isEqualTo("2026-09-01..2026-11-30");
    assertThat(
            catchThrowableOfType(
                    () -> PlanPeriod.parse("2026-09-01-2026-11-30"), InvalidInputException.class)
                .describe(Locale.ENGLISH))
        .contains("2026-09-01..2026-11-30");
    assertThat(
            catchThrowableOfType(
                    () -> PlanPeriod.parse("2026-11-30..2026-09-01"), InvalidInputException.class)
                .describe(Locale.ENGLISH))
        .contains("ends before");
  }

  private static String p(Locale locale, String key) {
    return Message.of(Readiness.class, key, "E1", "X@1", "2026-01-01", "1", "c").format(locale);
  }

  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = ModerationPlans.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}

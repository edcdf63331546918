package org.ocnkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.store.Settings;

class ReportSettingsTest {
  private static Settings settings(String text) {
    return Settings.parse(Path.of("ocnkit.properties"), text);
  }

  @Test
  void absentKeysGiveTheFundersUsualSettings() {
    ReportSettings s = ReportSettings.forWorkspace(settings("org.name=X\n"));
    assertThat(s).isEqualTo(ReportSettings.DEFAULTS);
    assertThat(s.pointCodes()).isEqualTo("exit, 28d, 90d, 6m");
    assertThat(s.suppressBelow()).isEqualTo(5);
    assertThat(s.ageBands().toString()).isEqualTo("0-17,18-29,30-54,55-");
    assertThat(s.ageBands().coversAll()).isTrue();
    assertThat(s.secondAgeBands()).map(AgeBands::coversAll).contains(false);
  }

  @Test
  void everySettingIsRead() {
    ReportSettings s =
        ReportSettings.forWorkspace(
            settings(
                "report.suppressBelow=3\n"
                    + "report.followUps=6m, exit ,4w\nreport.ageBands=-24,25-\nreport.ageBands.second=none\n"));
    assertThat(s.suppressBelow()).isEqualTo(3);
    assertThat(s.followUps()).extracting(FollowUpPoint::code).containsExactly("exit", "4w", "6m");
    assertThat(s.point("28d")).map(FollowUpPoint::code).contains("4w");
    assertThat(s.ageBands().bands()).containsExactly(AgeBand.of(0, 24), AgeBand.from(25));
    assertThat(s.secondAgeBands()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "report.followUps=28d,90d|report.followUps",
        "report.followUps=exit,28d,4w|report.followUps",
        "report.followUps=exit,soon|report.followUps",
        "report.ageBands=18-29,25-40|report.ageBands",
        "report.ageBands=30-18|report.ageBands",
        "report.ageBands.second=16-24,x|report.ageBands.second",
        "report.suppressBelow=0|report.suppressBelow"
      })
  void aWrongValueNamesItsKeyAndLine(String line, String key) {
    InvalidInputException e =
        catchThrowableOfType(
            () -> ReportSettings.forWorkspace(settings("org.name=X\n" + line + "\n")),
            InvalidInputException.class);
    assertThat(e.problems().get(0).location()).isEqualTo("ocnkit.properties:2");
    assertThat(e.describe(Locale.ENGLISH)).contains(key);
  }

  @ParameterizedTest
  @CsvSource({"exit,P0D", "28d,P28D", "4W,P28D", "6m,P6M", "1y,P1Y"})
  void followUpPointsAreRead(String text, String period) {
    assertThat(FollowUpPoint.parse(text)).map(FollowUpPoint::after).contains(Period.parse(period));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0d", "-3d", "28", "d28", "3 months", "10000d"})
  void whatIsNotAFollowUpPointIsNot(String text) {
    assertThat(FollowUpPoint.parse(text)).isEmpty();
  }

  @Test
  void pointsAreOrderedByTimeAfterExitAndNamedInBothLanguages() {
    List<FollowUpPoint> points =
        new java.util.ArrayList<>(
            List.of(
                FollowUpPoint.parse("6m").orElseThrow(),
                FollowUpPoint.parse("5w").orElseThrow(),
                FollowUpPoint.EXIT,
                FollowUpPoint.parse("1m").orElseThrow()));
    points.sort(null);
    assertThat(points).extracting(FollowUpPoint::code).containsExactly("exit", "1m", "5w", "6m");
    assertThat(FollowUpPoint.parse("90d").orElseThrow().displayName(Locale.ENGLISH))
        .isEqualTo("90 days after exit");
    assertThat(FollowUpPoint.parse("6m").orElseThrow().displayName(Message.SWEDISH))
        .isEqualTo("6 månader efter avslut");
    assertThat(FollowUpPoint.EXIT.displayName(Message.SWEDISH)).isEqualTo("vid avslut");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-17|0-17|under 18",
        "18-29|18-29|18\u201329",
        "55-|55-|55+",
        " 16 - 24 |16-24|16\u201324"
      })
  void ageBandsAreReadAndNamed(String text, String key, String english) {
    AgeBand band = AgeBand.parse(text).orElseThrow();
    assertThat(band.key()).isEqualTo(key);
    assertThat(band.displayName(Locale.ENGLISH)).isEqualTo(english);
  }

  @Test
  void agesOutsideEveryBandAreOtherAges() {
    AgeBands second = AgeBands.DEFAULT_SECOND;
    assertThat(second.of(15)).isEmpty();
    assertThat(second.of(16)).contains(AgeBand.of(16, 24));
    assertThat(second.of(64)).contains(AgeBand.of(25, 64));
    assertThat(second.of(65)).isEmpty();
    assertThat(AgeBands.parse("-17,19-")).map(AgeBands::coversAll).contains(false);
    assertThat(AgeBands.parse("")).isEmpty();
    assertThat(Optional.of(AgeBands.DEFAULT.of(17).orElseThrow().displayName(Message.SWEDISH)))
        .contains("under 18");
  }
}

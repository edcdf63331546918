package org.ocnkit.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ocnkit.Message;
import org.ocnkit.evidence.EvidenceDates;
import org.ocnkit.evidence.EvidenceItemId;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.BornAbroad;
import org.ocnkit.learner.Gender;
import org.ocnkit.moderation.ModerationPlans;
import org.ocnkit.moderation.PlanPeriod;
import org.ocnkit.panel.Panel;
import org.ocnkit.report.Outcomes;

/**
 * The shared date rules at their edges: exactly the earlier date is accepted and the day before
 * refused, today accepted and tomorrow refused, 2000-01-01 accepted and 1999-12-31 refused, the
 * last day of the horizon accepted and the next refused; and each door's sentence names the rule.
 */
class DateRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  private static String key(Optional<Message> m) {
    return m.map(Message::key).orElse("accepted");
  }

  @Test
  void todayIsAcceptedAndTomorrowIsTheFuture() {
    assertThat(DateRules.isFuture(TODAY, TODAY)).isFalse();
    assertThat(DateRules.isFuture(TODAY.plusDays(1), TODAY)).isTrue();
    assertThat(DateRules.future(Outcomes.class, "outcome.future", TODAY, TODAY)).isEmpty();
    Message m =
        DateRules.future(Outcomes.class, "outcome.future", TODAY.plusDays(1), TODAY).orElseThrow();
    assertThat(m.format(Locale.ENGLISH))
        .contains("2026-03-03", "2026-03-02", "rule: no outcome dates in the future");
    assertThat(m.format(Message.SWEDISH))
        .contains("2026-03-03", "regel: inga utfallsdatum i" + " framtiden");
  }

  @Test
  void theYear2000IsTheEarliestDate() {
    assertThat(DateRules.isFarPast(LocalDate.of(2000, 1, 1))).isFalse();
    assertThat(DateRules.isFarPast(LocalDate.of(1999, 12, 31))).isTrue();
    assertThat(DateRules.farPast(Panel.class, "meeting.farPast", LocalDate.of(2000, 1, 1)))
        .isEmpty();
    Message m =
        DateRules.farPast(Panel.class, "meeting.farPast", LocalDate.of(1999, 12, 31)).orElseThrow();
    assertThat(m.format(Locale.ENGLISH))
        .contains("1999-12-31", "2000-01-01", "rule: no meeting dates from the far past");
    assertThat(m.format(Message.SWEDISH)).contains("1999-12-31", "regel: inga m\u00f6tesdatum");
  }

  @Test
  void exactlyTheEarlierDateIsAcceptedAndTheDayBeforeIsRefusedNamingIt() {
    LocalDate start = LocalDate.of(2026, 1, 12);
    assertThat(DateRules.before(Outcomes.class, "outcome.beforeStart", start, start, "A1"))
        .isEmpty();
    Message m =
        DateRules.before(Outcomes.class, "outcome.beforeStart", start.minusDays(1), start, "A1")
            .orElseThrow();
    assertThat(m.format(Locale.ENGLISH))
        .isEqualTo(
            "the outcome date 2026-01-11 is before A1"
                + " started the programme (2026-01-12) (rule: an outcome is not dated before the"
                + " apprentice's start); check the date");
    assertThat(m.format(Message.SWEDISH))
        .contains("2026-01-11", "A1:s start", "(2026-01-12)", "regel:");
  }

  @Test
  void twoYearsAheadIsTheHorizonAndADayMoreIsRefused() {
    LocalDate meeting = LocalDate.of(2026, 3, 2);
    assertThat(DateRules.latest(meeting)).isEqualTo(LocalDate.of(2028, 3, 2));
    assertThat(Panel.conditionsDueBroken(LocalDate.of(2028, 3, 2), meeting)).isEmpty();
    assertThat(key(Panel.conditionsDueBroken(LocalDate.of(2028, 3, 3), meeting)))
        .isEqualTo("vote.dueFarAhead");
    assertThat(key(Panel.conditionsDueBroken(meeting, meeting)))
        .isEqualTo("vote.dueNotAfterMeeting");
    assertThat(key(Panel.conditionsDueBroken(meeting.plusDays(1), meeting))).isEqualTo("accepted");
    Message m = Panel.conditionsDueBroken(LocalDate.of(2062, 3, 2), meeting).orElseThrow();
    assertThat(m.format(Locale.ENGLISH))
        .contains(
            "2062-03-02",
            "2026-03-02",
            "2028-03-02",
            "rule: conditions are due within 2 years of the meeting");
    assertThat(m.format(Message.SWEDISH))
        .contains("2062-03-02", "regel: villkor ska vara" + " uppfyllda inom 2 \u00e5r");
  }

  @Test
  void aMeetingIsNeitherInTheFutureNorBefore2000() {
    assertThat(key(Panel.meetingDateBroken(TODAY, TODAY))).isEqualTo("accepted");
    assertThat(key(Panel.meetingDateBroken(TODAY.plusDays(1), TODAY))).isEqualTo("meeting.future");
    assertThat(key(Panel.meetingDateBroken(LocalDate.of(2000, 1, 1), TODAY))).isEqualTo("accepted");
    assertThat(key(Panel.meetingDateBroken(LocalDate.of(1999, 12, 31), TODAY)))
        .isEqualTo("meeting.farPast");
  }

  @Test
  void aPlanPeriodEndsByTodayAndStartsIn2000OrLater() {
    assertThat(key(ModerationPlans.periodBroken(PlanPeriod.parse("2000-01-01..2026-03-02"), TODAY)))
        .isEqualTo("accepted");
    assertThat(key(ModerationPlans.periodBroken(PlanPeriod.parse("1999-12-31..2026-03-02"), TODAY)))
        .isEqualTo("plan.farPast");
    assertThat(key(ModerationPlans.periodBroken(PlanPeriod.parse("2026-01-01..2026-03-03"), TODAY)))
        .isEqualTo("plan.future");
    assertThat(
            ModerationPlans.periodBroken(PlanPeriod.parse("0026-09-01..2026-03-02"), TODAY)
                .orElseThrow()
                .format(Locale.ENGLISH))
        .contains("0026-09-01..2026-03-02", "rule: no periods from the far past");
  }

  @Test
  void outcomeDatesKeepEveryRuleInOrder() {
    Apprentice a = apprentice();
    assertThat(key(Outcomes.dateBroken(TODAY, a, TODAY))).isEqualTo("accepted");
    assertThat(key(Outcomes.dateBroken(TODAY.plusDays(1), a, TODAY))).isEqualTo("outcome.future");
    assertThat(key(Outcomes.dateBroken(a.startDate(), a, TODAY))).isEqualTo("accepted");
    assertThat(key(Outcomes.dateBroken(a.startDate().minusDays(1), a, TODAY)))
        .isEqualTo("outcome.beforeStart");
    assertThat(key(Outcomes.dateBroken(LocalDate.of(2005, 6, 13), a, TODAY)))
        .isEqualTo("outcome.beforeBirth");
    assertThat(key(Outcomes.dateBroken(LocalDate.of(1999, 12, 31), a, TODAY)))
        .isEqualTo("outcome.farPast");
    assertThat(
            Outcomes.dateBroken(LocalDate.of(2005, 6, 13), a, TODAY)
                .orElseThrow()
                .format(Message.SWEDISH))
        .contains("regel: inget utfall f\u00f6re l\u00e4rlingens" + " f\u00f6delse");
  }

  @Test
  void evidenceDatesKeepTheirRulesAndSentences() {
    Apprentice a = apprentice();
    assertThat(EvidenceDates.broken(a.startDate(), a, TODAY)).isEmpty();
    assertThat(EvidenceDates.broken(TODAY, a, TODAY)).isEmpty();
    assertThat(key(EvidenceDates.broken(TODAY.plusDays(1), a, TODAY))).isEqualTo("evidence.future");
    assertThat(key(EvidenceDates.broken(LocalDate.of(1999, 12, 31), a, TODAY)))
        .isEqualTo("evidence.farPast");
    assertThat(
            EvidenceDates.broken(LocalDate.of(2003, 2, 20), a, TODAY)
                .orElseThrow()
                .format(Locale.ENGLISH))
        .isEqualTo(
            "the evidence date 2003-02-20 is before A1 was born on"
                + " 2005-06-14 (rule: no evidence before the apprentice's birth); check the date");
    assertThat(
            EvidenceDates.broken(a.startDate().minusDays(1), a, TODAY)
                .orElseThrow()
                .format(Locale.ENGLISH))
        .contains("before A1 started in the programme on 2026-01-12");
  }

  @Test
  void anInstantCountsOnItsDayInTheWorkspaceZone() {
    Instant halfPastMidnightInStockholm = Instant.parse("2026-03-02T23:30:00Z");
    assertThat(DateRules.dayOf(halfPastMidnightInStockholm, STOCKHOLM))
        .isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(DateRules.dayOf(halfPastMidnightInStockholm, ZoneOffset.UTC))
        .isEqualTo(LocalDate.of(2026, 3, 2));
    EvidenceItemId item = new EvidenceItemId(5);
    LocalDate evidenceDay = LocalDate.of(2026, 3, 3);
    assertThat(
            EvidenceDates.signOffBroken(item, evidenceDay, halfPastMidnightInStockholm, STOCKHOLM))
        .as("00:30 in Stockholm is on the evidence day")
        .isEmpty();
    assertThat(
            key(
                EvidenceDates.signOffBroken(
                    item, evidenceDay, halfPastMidnightInStockholm, ZoneOffset.UTC)))
        .as("the same instant, wrongly read in UTC")
        .isEqualTo("signOff.beforeEvidence");
    Message m =
        EvidenceDates.signOffBroken(
                item, evidenceDay, Instant.parse("2026-03-02T22:30:00Z"), STOCKHOLM)
            .orElseThrow();
    assertThat(m.format(Locale.ENGLISH))
        .contains(
            item.toString(),
            "2026-03-03",
            "2026-03-02",
            "rule: evidence is signed off on its date or later");
    assertThat(m.format(Message.SWEDISH)).contains("regel: ett underlag signeras tidigast");
  }

  /** A1, born 2005-06-14, starting 2026-01-12. */
  private static Apprentice apprentice() {
    return new Apprentice(
        new ApprenticeId(1),
        Optional.of("Amina"),
        Optional.of("Hassan"),
        Optional.of(LocalDate.of(2005, 6, 14)),
        Gender.WOMAN,
        BornAbroad.values()[0],
        "L\u00e4rling 2026",
        LocalDate.of(2026, 1, 12),
        Optional.empty(),
        20,
        false,
        Optional.empty());
  }
}

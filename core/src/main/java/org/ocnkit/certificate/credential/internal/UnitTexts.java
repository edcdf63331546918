package org.ocnkit.certificate.credential.internal;

import java.util.Optional;
import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.LearningOutcome;

/** The texts both formats show for a unit: bilingual labels, outcomes and criteria. */
public final class UnitTexts {
  private UnitTexts() {}

  /** "Swedish title · English title", or the Swedish title alone. */
  public static String bilingualTitle(AchievedUnit unit) {
    return unit.titleEn().map(en -> unit.titleSv() + " \u00b7 " + en).orElse(unit.titleSv());
  }

  /** "EQF-nivå 3 · EQF level 3". */
  public static String level(AchievedUnit unit) {
    int n = unit.level().value();
    return "EQF-niv\u00e5 " + n + " \u00b7 EQF level " + n;
  }

  /** "5 poäng (50 timmar) · 5 credits (50 notional learning hours)". */
  public static String credits(AchievedUnit unit) {
    int hours = unit.credits() * CourseUnit.HOURS_PER_CREDIT;
    return unit.credits()
        + " OCN-po\u00e4ng ("
        + hours
        + " timmar) \u00b7 "
        + unit.credits()
        + " OCN credits ("
        + hours
        + " notional learning hours)";
  }

  /** The unit's purpose, then level and credits. */
  public static String description(AchievedUnit unit, Optional<CourseUnit> content) {
    StringBuilder b = new StringBuilder();
    content.ifPresent(c -> b.append(c.purpose()).append("\n\n"));
    b.append(level(unit)).append("; ").append(credits(unit)).append('.');
    return b.toString();
  }

  /**
   * The learning outcomes, each with its assessment criteria, as Markdown; or a sentence saying
   * they are not available.
   */
  public static String criteriaNarrative(AchievedUnit unit, Optional<CourseUnit> content) {
    if (content.isEmpty()) {
      return "L\u00e4randeresultat och bed\u00f6mningskriterier finns i kursenheten "
          + unit.ref()
          + " \u00b7 Learning outcomes and assessment criteria are in unit "
          + unit.ref()
          + ".";
    }
    StringBuilder b =
        new StringBuilder(
            "Deltagaren har visat alla bed\u00f6mningskriterier, bed\u00f6mda av en kvalificerad"
                + " bed\u00f6mare \u00b7 The learner met every assessment criterion, judged by a"
                + " qualified assessor.\n\n");
    for (LearningOutcome outcome : content.get().outcomes()) {
      b.append(outcome.id()).append(". ").append(outcome.statement()).append('\n');
      for (AssessmentCriterion criterion : outcome.criteria()) {
        b.append("   - ").append(criterion.id()).append(' ').append(criterion.text()).append('\n');
      }
    }
    return b.toString().strip();
  }
}

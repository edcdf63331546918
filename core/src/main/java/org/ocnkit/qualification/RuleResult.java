package org.ocnkit.qualification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ocnkit.Message;

/**
 * One rule of combination as evaluated: what it requires, what counted, and what is still missing
 * ("2 more credits from group B").
 *
 * @param subject the group id, the mandatory unit's code or the EQF level; empty for the total
 * @param requiredCredits credits required (0: none)
 * @param countedCredits credits that counted towards the rule
 * @param requiredUnits units required (0: none; 1 for a mandatory unit)
 * @param countedUnits units that counted towards the rule
 */
public record RuleResult(
    Kind kind,
    String subject,
    int requiredCredits,
    int countedCredits,
    int requiredUnits,
    int countedUnits) {
  /** The kinds of rule that can be met or not. Exclusions and validity set units aside. */
  public enum Kind {
    TOTAL,
    MANDATORY,
    GROUP,
    LEVEL
  }

  public RuleResult {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
  }

  public boolean met() {
    return countedCredits >= requiredCredits && countedUnits >= requiredUnits;
  }

  public int missingCredits() {
    return Math.max(0, requiredCredits - countedCredits);
  }

  public int missingUnits() {
    return Math.max(0, requiredUnits - countedUnits);
  }

  /** The rule in words: "Group B: at least 4 credits". */
  public Message rule() {
    return switch (kind) {
      case TOTAL -> Message.of(RuleResult.class, "rule.total", requiredCredits);
      case MANDATORY -> Message.of(RuleResult.class, "rule.mandatory", subject);
      case GROUP ->
          requiredUnits == 0
              ? Message.of(RuleResult.class, "rule.group.credits", subject, requiredCredits)
              : requiredCredits == 0
                  ? Message.of(RuleResult.class, "rule.group.units", subject, requiredUnits)
                  : Message.of(
                      RuleResult.class, "rule.group.both", subject, requiredCredits, requiredUnits);
      case LEVEL -> Message.of(RuleResult.class, "rule.level", requiredCredits, subject);
    };
  }

  /** What is still missing, one message each for credits and units; empty when met. */
  public List<Message> missing() {
    List<Message> missing = new ArrayList<>();
    switch (kind) {
      case TOTAL -> {
        if (missingCredits() > 0) {
          missing.add(Message.of(RuleResult.class, "missing.total", missingCredits()));
        }
      }
      case MANDATORY -> {
        if (missingUnits() > 0) {
          missing.add(Message.of(RuleResult.class, "missing.mandatory", subject));
        }
      }
      case GROUP -> {
        if (missingCredits() > 0) {
          missing.add(
              Message.of(RuleResult.class, "missing.group.credits", missingCredits(), subject));
        }
        if (missingUnits() > 0) {
          missing.add(Message.of(RuleResult.class, "missing.group.units", missingUnits(), subject));
        }
      }
      case LEVEL -> {
        if (missingCredits() > 0) {
          missing.add(Message.of(RuleResult.class, "missing.level", missingCredits(), subject));
        }
      }
      default -> throw new IllegalStateException();
    }
    return missing;
  }
}

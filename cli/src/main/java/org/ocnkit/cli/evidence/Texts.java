package org.ocnkit.cli.evidence;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.OptionConverter;
import org.ocnkit.evidence.Judgement;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CriterionId;

/** The texts of this package's commands, and the converters of their option values. */
final class Texts {
  private Texts() {}

  /** A text from {@code org.ocnkit.cli.evidence.messages} in the user's language. */
  static String of(Cli cli, String key, Object... args) {
    return cli.text(Texts.class, key, args);
  }

  /** A method code such as {@code witness-testimony}. */
  static final class MethodConverter extends OptionConverter<AssessmentMethod> {
    MethodConverter(Cli cli) {
      super(cli);
    }

    @Override
    public AssessmentMethod convert(String value) {
      return AssessmentMethod.fromCode(value.strip())
          .orElseThrow(
              () ->
                  notOneOf(
                      value,
                      String.join(
                          ", ",
                          Arrays.stream(AssessmentMethod.values())
                              .map(AssessmentMethod::code)
                              .toList())));
    }
  }

  /** {@code met} or {@code not-yet}. */
  static final class JudgementConverter extends OptionConverter<Judgement> {
    JudgementConverter(Cli cli) {
      super(cli);
    }

    @Override
    public Judgement convert(String value) {
      return Judgement.fromText(value).orElseThrow(() -> refused("value.notJudgement", value));
    }
  }

  /** Criterion ids separated by commas: {@code 1.1,1.2,2.1}. */
  static final class CriteriaConverter extends OptionConverter<Set<CriterionId>> {
    CriteriaConverter(Cli cli) {
      super(cli);
    }

    @Override
    public Set<CriterionId> convert(String value) {
      Set<CriterionId> ids = new LinkedHashSet<>();
      for (String part : value.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        if (!CriterionId.isValid(part)) {
          throw refused("value.notCriterion", part.strip());
        }
        ids.add(CriterionId.parse(part));
      }
      return ids;
    }
  }
}

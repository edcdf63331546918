package org.ocnkit.cli.evidence;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ocnkit.Message;
import org.ocnkit.cli.Cli;
import org.ocnkit.evidence.Judgement;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CriterionId;
import picocli.CommandLine;

/** The texts of this package's commands, and the converters of their option values. */
final class Texts {
  private Texts() {}

  /** A text from {@code org.ocnkit.cli.evidence.messages} in the user's language. */
  static String of(Cli cli, String key, Object... args) {
    return cli.text(Message.of(Texts.class, key, args));
  }

  /** A method code such as {@code witness-testimony}. */
  static final class MethodConverter implements CommandLine.ITypeConverter<AssessmentMethod> {
    @Override
    public AssessmentMethod convert(String value) {
      return AssessmentMethod.fromCode(value.strip()).orElseThrow(() ->
          new CommandLine.TypeConversionException("'" + value + "' is not one of "
              + String.join(", ", Arrays.stream(AssessmentMethod.values())
                  .map(AssessmentMethod::code).toList())));
    }
  }

  /** {@code met} or {@code not-yet}. */
  static final class JudgementConverter implements CommandLine.ITypeConverter<Judgement> {
    @Override
    public Judgement convert(String value) {
      return Judgement.fromText(value).orElseThrow(() ->
          new CommandLine.TypeConversionException("'" + value + "' is neither met nor not-yet"));
    }
  }

  /** Criterion ids separated by commas: {@code 1.1,1.2,2.1}. */
  static final class CriteriaConverter implements CommandLine.ITypeConverter<Set<CriterionId>> {
    @Override
    public Set<CriterionId> convert(String value) {
      Set<CriterionId> ids = new LinkedHashSet<>();
      for (String part : value.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        if (!CriterionId.isValid(part)) {
          throw new CommandLine.TypeConversionException(
              "'" + part.strip() + "' is not a criterion id such as 1.2");
        }
        ids.add(CriterionId.parse(part));
      }
      return ids;
    }
  }
}

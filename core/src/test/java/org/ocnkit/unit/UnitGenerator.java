package org.ocnkit.unit;

import java.util.List;
import java.util.Random;

/**
 * Random valid units for property tests, reproducible from the {@link Random}'s seed. Texts mix
 * Swedish letters, decomposed letters, XML-special characters and runs of whitespace, which are
 * what the canonical form has to normalize or escape.
 */
final class UnitGenerator {
  private static final List<String> PIECES =
      List.of(
          "deltagaren",
          "kan",
          "ska",
          "kund",
          "kassa",
          "växel",
          "hygien",
          "räkna",
          "öppna",
          "åtgärd",
          "A\u030angström",
          "cafe\u0301",
          "&",
          "<",
          ">",
          "\"",
          "'",
          "1.2",
          "10%",
          "ÅÄÖ",
          "—",
          "→",
          "]]>",
          "&amp;",
          "x");
  private static final List<String> SPACES = List.of(" ", " ", " ", "  ", "\t", "\n", "\r\n  ");
  private static final List<String> PREFIXES = List.of("HS", "VO", "IH", "GN", "AL");

  private final Random random;

  UnitGenerator(Random random) {
    this.random = random;
  }

  CourseUnit unit() {
    int hours = 10 * (1 + random.nextInt(12));
    CourseUnit.Builder b =
        CourseUnit.builder()
            .code(code())
            .version(1 + random.nextInt(5))
            .titleSv(text(1, 6))
            .arena(pick(List.of(Arena.values())))
            .level(1 + random.nextInt(8))
            .notionalHours(hours)
            .purpose(text(3, 30))
            .evidenceRequirements(text(3, 30))
            .author(text(1, 5));
    if (random.nextBoolean()) {
      b.titleEn(text(1, 6));
    }
    if (random.nextBoolean()) {
      b.reviewPeriodYears(1 + random.nextInt(10));
    }
    int outcomes = 1 + random.nextInt(5);
    for (int o = 0; o < outcomes; o++) {
      String[] criteria = new String[1 + random.nextInt(4)];
      for (int c = 0; c < criteria.length; c++) {
        criteria[c] = "Deltagaren kan " + text(2, 15);
      }
      b.outcome("Deltagaren ska " + text(2, 12), criteria);
    }
    AssessmentMethod[] methods = AssessmentMethod.values();
    b.method(pick(List.of(methods)));
    for (AssessmentMethod m : methods) {
      if (random.nextInt(3) == 0) {
        b.method(m);
      }
    }
    return b.build();
  }

  private String code() {
    StringBuilder code = new StringBuilder(pick(PREFIXES)).append('-');
    int letters = 2 + random.nextInt(6);
    for (int i = 0; i < letters; i++) {
      code.append((char) ('A' + random.nextInt(26)));
    }
    return code.append('-').append(String.format("%02d", random.nextInt(100))).toString();
  }

  /** Between {@code min} and {@code max} pieces joined by whitespace, perhaps padded. */
  private String text(int min, int max) {
    StringBuilder text = new StringBuilder(random.nextBoolean() ? pick(SPACES) : "");
    int pieces = min + random.nextInt(max - min + 1);
    for (int i = 0; i < pieces; i++) {
      if (i > 0) {
        text.append(pick(SPACES));
      }
      text.append(pick(PIECES));
    }
    return text.append(random.nextBoolean() ? pick(SPACES) : "").toString();
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}

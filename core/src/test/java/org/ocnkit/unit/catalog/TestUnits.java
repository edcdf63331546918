package org.ocnkit.unit.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ocnkit.unit.Arena;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;

/** Valid course units generated for tests, and their files. */
public final class TestUnits {
  private TestUnits() {}

  /** A valid unit {@code code@version} at EQF level 2, 3 credits. */
  public static CourseUnit unit(String code, int version) {
    return unit(code, version, "Kundbemötande i butik");
  }

  /** A valid unit with the given Swedish title (different titles give different content). */
  public static CourseUnit unit(String code, int version, String titleSv) {
    return CourseUnit.builder()
        .code(code)
        .version(version)
        .titleSv(titleSv)
        .titleEn("Customer service in a shop")
        .arena(Arena.HANDEL_SERVICE)
        .level(2)
        .notionalHours(30)
        .purpose("Deltagaren lär sig att möta kunder i butik.")
        .outcome(
            "Deltagaren ska kunna ta emot en kund.",
            "Deltagaren kan hälsa på kunden.",
            "Deltagaren kan fråga vad kunden behöver.")
        .outcome("Deltagaren ska kunna avsluta ett kundmöte.", "Deltagaren kan tacka kunden.")
        .method(AssessmentMethod.OBSERVATION)
        .evidenceRequirements("Handledaren observerar tre kundmöten.")
        .author("Anna Andersson")
        .build();
  }

  /** Writes {@code unit}'s canonical XML to {@code dir/<code>-<version>.xml}. */
  public static Path write(Path dir, CourseUnit unit) {
    Path file = dir.resolve(unit.code() + "-" + unit.version() + ".xml");
    try {
      Files.createDirectories(dir);
      return Files.write(file, unit.canonicalForm());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

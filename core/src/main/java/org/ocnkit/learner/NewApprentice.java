package org.ocnkit.learner;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.learner.internal.TypedText;

/**
 * An apprentice to be added, as typed or read from a roster. The record only refuses missing
 * values; {@link Apprentices} checks the rules (names not blank, a plausible age at the start, the
 * end after the start, a valid personal identity number that agrees with the birth date) and
 * reports every broken one.
 *
 * @param personalNumber the personal identity number as typed, if given; hashed, never stored
 * @param disability whether the apprentice has a disability, if asked (health data: kept in its own
 *     table and used only for aggregate reports)
 */
public record NewApprentice(
    String firstName,
    String lastName,
    LocalDate birthDate,
    Gender gender,
    BornAbroad bornAbroad,
    String programme,
    LocalDate startDate,
    Optional<LocalDate> endDate,
    Optional<String> personalNumber,
    Optional<Boolean> disability) {
  public NewApprentice {
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(bornAbroad, "bornAbroad");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDate, "endDate");
    Objects.requireNonNull(personalNumber, "personalNumber");
    Objects.requireNonNull(disability, "disability");
    firstName = TypedText.clean(firstName);
    lastName = TypedText.clean(lastName);
    programme = TypedText.clean(programme);
    personalNumber = personalNumber.map(String::strip).filter(p -> !p.isEmpty());
  }

  /** Never the personal identity number. */
  @Override
  public String toString() {
    return "NewApprentice[" + firstName + " " + lastName + ", " + birthDate + "]";
  }
}

package org.ocnkit.learner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored apprentice. After erasure the name and birth date are empty, and {@link #erasedAt()}
 * says when; the id, the funders' categories and the age at entry remain.
 *
 * @param ageAtEntry whole years at the start date
 * @param personalNumberRecorded whether the keyed hash of a personal identity number is held
 */
public record Apprentice(
    ApprenticeId id,
    Optional<String> firstName,
    Optional<String> lastName,
    Optional<LocalDate> birthDate,
    Gender gender,
    BornAbroad bornAbroad,
    String programme,
    LocalDate startDate,
    Optional<LocalDate> endDate,
    int ageAtEntry,
    boolean personalNumberRecorded,
    Optional<Instant> erasedAt) {
  public Apprentice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(bornAbroad, "bornAbroad");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDate, "endDate");
    Objects.requireNonNull(erasedAt, "erasedAt");
  }

  /** Whether the personal data was erased. */
  public boolean erased() {
    return erasedAt.isPresent();
  }

  /** "First Last", or empty after erasure. */
  public Optional<String> fullName() {
    return firstName.flatMap(f -> lastName.map(l -> f + " " + l));
  }
}

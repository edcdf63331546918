package org.ocnkit.certificate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The person a certificate is for.
 *
 * @param name as the person writes it, in any script DejaVu covers (Latin, Greek, Cyrillic);
 *     normalized to NFC with single spaces, 1-200 characters
 * @param dateOfBirth printed so that an employer can tell two people of the same name apart
 */
public record Holder(String name, LocalDate dateOfBirth) {
  public Holder {
    name = Texts.normalize(name, "holder name", 200);
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
  }
}

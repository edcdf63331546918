package org.ocnkit.pdf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * What a PDF says about itself, written both to its information dictionary and to its XMP metadata
 * (which PDF/A requires to agree).
 *
 * @param title the document title (dc:title), shown in the reader's window title
 * @param author the person or organisation responsible (dc:creator)
 * @param subject a one-line description (dc:description); may be empty
 * @param language the main language of the text (the catalog's {@code /Lang})
 * @param created the creation and modification date; the caller fixes it, so that the same input
 *     gives the same bytes. Truncated to whole seconds, as PDF dates are.
 */
public record DocumentInfo(
    String title, String author, String subject, Locale language, Instant created) {
  /** The producer and creator tool recorded in every document. */
  public static final String PRODUCER = "ocnkit";

  public DocumentInfo {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(created, "created");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a document needs a title");
    }
    if (language.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("the document language needs a language code");
    }
    created = created.truncatedTo(ChronoUnit.SECONDS);
  }
}

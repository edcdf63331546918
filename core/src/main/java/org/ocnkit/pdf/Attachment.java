package org.ocnkit.pdf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ocnkit.io.Sha256;

/**
 * A file embedded in a PDF as a PDF/A-3 associated file: it is listed both in the document's
 * embedded files and in its {@code /AF} array, with its MIME type, relationship, size, date and MD5
 * checksum.
 *
 * @param name the file name shown by PDF readers, such as {@code certificate.xml}; 1-100
 *     characters, no slashes
 * @param mimeType such as {@code application/xml}
 * @param description shown by PDF readers next to the file; may be empty
 * @param modified when the file's content was made; also its creation date in the PDF. Truncated to
 *     whole seconds, as PDF dates are.
 */
public record Attachment(
    String name,
    String mimeType,
    AfRelationship relationship,
    String description,
    byte[] content,
    Instant modified) {
  private static final Pattern MIME = Pattern.compile("[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*");

  public Attachment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mimeType, "mimeType");
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(modified, "modified");
    if (name.isBlank() || name.length() > 100 || name.contains("/") || name.contains("\\")) {
      throw new IllegalArgumentException(
          "attachment name must be 1-100 characters without" + " slashes, got \"" + name + "\"");
    }
    if (!MIME.matcher(mimeType).matches()) {
      throw new IllegalArgumentException("not a MIME type: " + mimeType);
    }
    content = content.clone();
    modified = modified.truncatedTo(ChronoUnit.SECONDS);
  }

  /** UTF-8 text as an attachment. */
  public static Attachment text(
      String name,
      String mimeType,
      AfRelationship relationship,
      String description,
      String text,
      Instant modified) {
    return new Attachment(
        name, mimeType, relationship, description, text.getBytes(StandardCharsets.UTF_8), modified);
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The size in bytes. */
  public int size() {
    return content.length;
  }

  /** The SHA-256 of the content, 64 lowercase hex digits. */
  public String sha256() {
    return Sha256.hex(content);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attachment a
        && name.equals(a.name)
        && mimeType.equals(a.mimeType)
        && relationship == a.relationship
        && description.equals(a.description)
        && Arrays.equals(content, a.content)
        && modified.equals(a.modified);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, mimeType, relationship, description, Arrays.hashCode(content), modified);
  }

  @Override
  public String toString() {
    return "Attachment["
        + name
        + ", "
        + mimeType
        + ", "
        + relationship
        + ", "
        + content.length
        + " bytes]";
  }
}

package org.ocnkit.xml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xml.sax.SAXParseException;

/**
 * What validating a document against a schema found ({@link SecureXml#validate}).
 *
 * @param errors every error, in document order, with its line and column; parser messages in
 *     English
 * @param fatal whether the document stopped being well-formed XML; the last error says where
 * @param unreadable why the document could not be read at all (no line to point to), if so
 */
public record SchemaValidation(
    List<SAXParseException> errors, boolean fatal, Optional<String> unreadable) {
  public SchemaValidation {
    errors = List.copyOf(errors);
    Objects.requireNonNull(unreadable, "unreadable");
  }
}

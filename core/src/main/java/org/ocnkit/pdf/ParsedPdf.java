package org.ocnkit.pdf;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One parse of a PDF's bytes that several readers of the same file share, so that verification
 * parses each file once instead of once for its signature and once for its contents. Only a file
 * that PDFBox loads without complaint is shared: for any other, {@link #load} gives nothing and
 * each reader reads the bytes itself and reports the failure in its own words, as before.
 *
 * <p>Not thread-safe; close it when every reader is done.
 */
public final class ParsedPdf implements AutoCloseable {
  private final PDDocument document;

  private ParsedPdf(PDDocument document) {
    this.document = document;
  }

  /** The parsed {@code pdf}, or empty when it cannot be loaded (not a PDF, encrypted, hostile). */
  public static Optional<ParsedPdf> load(byte[] pdf) {
    try {
      return Optional.of(new ParsedPdf(Loader.loadPDF(pdf)));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** The PDFBox document, for readers in ocnkit's own PDF glue; they must not close it. */
  public PDDocument document() {
    return document;
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      // A document loaded from memory holds no file; there is nothing left to release.
    }
  }
}

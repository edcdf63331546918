package org.ocnkit.pdf.internal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text a reader's tools take out of a PDF: PDFBox's text stripper, and poppler's {@code
 * pdftotext} (what most search indexes and applicant-tracking systems run) where it is installed.
 */
public final class ExtractedText {
  /** Alphabetic presentation forms: the ligatures "ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ" and the like. */
  private static final Pattern LIGATURE = Pattern.compile("\\w*[\\x{FB00}-\\x{FB4F}]\\w*");

  private ExtractedText() {}

  /** The text PDFBox extracts. */
  public static String pdfbox(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether poppler's {@code pdftotext} is on the PATH. */
  public static boolean pdftotextInstalled() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pdftotext"))) {
        return true;
      }
    }
    return false;
  }

  /** The text {@code pdftotext} extracts, or empty when it is not installed. */
  public static Optional<String> pdftotext(byte[] pdf) {
    if (!pdftotextInstalled()) {
      return Optional.empty();
    }
    try {
      Path file = Files.createTempFile("ocnkit-text-", ".pdf");
      try {
        Files.write(file, pdf);
        Process p =
            new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(false)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
          throw new IllegalStateException("pdftotext exited with " + p.exitValue());
        }
        return Optional.of(new String(out, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The words in {@code text} that hold a ligature character, or empty. */
  public static Optional<String> firstLigature(String text) {
    Matcher m = LIGATURE.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }
}

package org.ocnkit.erasure.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ocnkit.OcnkitException;
import org.ocnkit.pdf.Attachment;
import org.ocnkit.pdf.PdfContents;

/**
 * The text a file shows a reader, to find a person's name in it: a PDF's page text and its embedded
 * files (a certificate's record), the XML parts of a zip container (xlsx, docx), any other file as
 * UTF-8. Bounded: a file larger than {@link #MAX_BYTES}, or a zip part larger than {@link
 * #MAX_PART_BYTES} once inflated, is read only up to that size.
 */
public final class FileText {
  /** The most of one file (or zip part) that is read. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  /** The most of one zip part that is inflated. */
  public static final int MAX_PART_BYTES = 16 * 1024 * 1024;

  private static final int MAX_PARTS = 1000;

  private FileText() {}

  /** The texts of {@code file}; empty when it cannot be read. */
  public static List<String> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (Files.size(file) > MAX_BYTES) {
        return List.of(head(file));
      }
      if (name.endsWith(".pdf")) {
        return pdf(file);
      }
      if (name.endsWith(".xlsx")
          || name.endsWith(".docx")
          || name.endsWith(".zip")
          || name.endsWith(".odt")
          || name.endsWith(".ods")) {
        return zip(file);
      }
      return List.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      try {
        return List.of(head(file));
      } catch (IOException unreadable) {
        return List.of();
      }
    }
  }

  private static List<String> pdf(Path file) throws IOException {
    List<String> texts = new ArrayList<>();
    try {
      PdfContents pdf = PdfContents.read(file.toString(), Files.readAllBytes(file));
      texts.add(pdf.text());
      for (Attachment a : pdf.attachments()) {
        texts.add(new String(a.content(), StandardCharsets.UTF_8));
      }
    } catch (OcnkitException notReadable) {
      texts.add(head(file));
    }
    return texts;
  }

  private static List<String> zip(Path file) throws IOException {
    List<String> texts = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      for (int n = 0; entries.hasMoreElements() && n < MAX_PARTS; n++) {
        ZipEntry e = entries.nextElement();
        try (InputStream in = zip.getInputStream(e)) {
          String xml = new String(in.readNBytes(MAX_PART_BYTES), StandardCharsets.UTF_8);
          texts.add(unescape(xml.replaceAll("<[^>]*>", " ")));
        }
      }
    }
    return texts;
  }

  private static String unescape(String xml) {
    return xml.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static String head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
    }
  }
}

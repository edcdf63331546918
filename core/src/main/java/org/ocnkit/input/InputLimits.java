package org.ocnkit.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;

/**
 * The documented caps on user files (README, "Limits"), in one place. Each check throws an {@link
 * InvalidInputException} naming the file and the limit.
 */
public final class InputLimits {
  private static final long MB = 1024L * 1024L;

  /** An xlsx file's size on disk. */
  public static final long XLSX_MAX_BYTES = 20 * MB;

  /** Entries in an xlsx file's zip directory. */
  public static final int XLSX_MAX_ENTRIES = 1000;

  /** One zip entry, inflated. */
  public static final long XLSX_MAX_ENTRY_BYTES = 100 * MB;

  /** All zip entries together, inflated. */
  public static final long XLSX_MAX_TOTAL_BYTES = 200 * MB;

  /** A course unit or qualification XML file's size. */
  public static final long XML_MAX_BYTES = 2 * MB;

  /** Compressed size / inflated size below this is a decompression bomb (1:100). */
  public static final double XLSX_MIN_INFLATE_RATIO = 0.01;

  /** A CSV roster's size. */
  public static final long CSV_MAX_BYTES = 5 * MB;

  /** Characters on one CSV line. */
  public static final int CSV_MAX_LINE_CHARS = 10_000;

  /** Lines in one CSV roster. */
  public static final int CSV_MAX_LINES = 50_000;

  /** An image's size in bytes. */
  public static final long IMAGE_MAX_BYTES = 5 * MB;

  /** An image's width or height in pixels. */
  public static final int IMAGE_MAX_SIDE = 10_000;

  /** An image's pixel count. */
  public static final long IMAGE_MAX_PIXELS = 40_000_000L;

  private InputLimits() {}

  /**
   * POI's own zip limits, set to the same caps the first time an xlsx file is checked. Kept out of
   * this class's initialiser: loading POI (and its logging) for every unit file or attachment costs
   * start-up time and makes Log4j complain on the console when no provider is configured.
   */
  private static final class PoiLimits {
    static {
      ZipSecureFile.setMaxFileCount(XLSX_MAX_ENTRIES);
      ZipSecureFile.setMaxEntrySize(XLSX_MAX_ENTRY_BYTES);
      ZipSecureFile.setMinInflateRatio(XLSX_MIN_INFLATE_RATIO);
    }

    private PoiLimits() {}

    static void set() {
      // The static initialiser does the work, once.
    }
  }

  /**
   * Checks an xlsx file before POI opens it: its size, then its zip directory (entry count,
   * declared sizes), then inflates every entry counting bytes (declared sizes can lie), and sets
   * POI's {@link ZipSecureFile} limits to the same caps.
   */
  public static void checkXlsx(Path file, String shownName) {
    PoiLimits.set();
    long size = size(file, shownName);
    if (size > XLSX_MAX_BYTES) {
      refuse(shownName, "input.xlsx.tooLarge", mb(size), mb(XLSX_MAX_BYTES));
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > XLSX_MAX_ENTRIES) {
        refuse(shownName, "input.xlsx.tooManyEntries", zip.size(), XLSX_MAX_ENTRIES);
      }
      long total = 0;
      byte[] buffer = new byte[64 * 1024];
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.getSize() > XLSX_MAX_ENTRY_BYTES) {
          refuse(shownName, "input.xlsx.entryTooLarge", e.getName(), mb(XLSX_MAX_ENTRY_BYTES));
        }
        long entryBytes = 0;
        try (InputStream in = zip.getInputStream(e)) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            entryBytes += n;
            total += n;
            if (entryBytes > XLSX_MAX_ENTRY_BYTES) {
              refuse(shownName, "input.xlsx.entryTooLarge", e.getName(), mb(XLSX_MAX_ENTRY_BYTES));
            }
            if (total > XLSX_MAX_TOTAL_BYTES) {
              refuse(shownName, "input.xlsx.totalTooLarge", mb(XLSX_MAX_TOTAL_BYTES));
            }
          }
        }
      }
    } catch (ZipException e) {
      refuse(shownName, "input.xlsx.notZip");
    } catch (IOException e) {
      refuse(shownName, "input.xlsx.notZip");
    }
  }

  /** Checks a CSV file's size before it is read. */
  public static void checkCsvSize(Path file, String shownName) {
    long size = size(file, shownName);
    if (size > CSV_MAX_BYTES) {
      refuse(shownName, "input.csv.tooLarge", mb(size), mb(CSV_MAX_BYTES));
    }
  }

  /** Checks a CSV text's line count and line lengths before it is parsed. */
  public static void checkCsvText(String text, String shownName) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > CSV_MAX_LINE_CHARS) {
          throw new InvalidInputException(
              Problem.at(shownName, line, 0, msg("input.csv.lineTooLong", CSV_MAX_LINE_CHARS)));
        }
        if (i < text.length() && ++line > CSV_MAX_LINES) {
          refuse(shownName, "input.csv.tooManyLines", CSV_MAX_LINES);
        }
        start = i + 1;
      }
    }
  }

  /**
   * Checks an image's byte size, then reads only its header (no pixels decoded) for its width and
   * height.
   */
  public static void checkImage(byte[] image, String shownName) {
    if (image.length > IMAGE_MAX_BYTES) {
      refuse(shownName, "input.image.tooLarge", mb(image.length), mb(IMAGE_MAX_BYTES));
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        refuse(shownName, "input.image.unknown");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long w = reader.getWidth(0);
        long h = reader.getHeight(0);
        if (w > IMAGE_MAX_SIDE || h > IMAGE_MAX_SIDE || w * h > IMAGE_MAX_PIXELS) {
          refuse(shownName, "input.image.tooManyPixels", w, h, IMAGE_MAX_SIDE, IMAGE_MAX_PIXELS);
        }
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException i) {
        throw i;
      }
      refuse(shownName, "input.image.unknown");
    }
  }

  /**
   * Refuses at once a path that is not an ordinary file: a folder, a named pipe (reading one waits
   * for a writer that may never come), a device or a socket. Follows symbolic links, so a link to
   * an ordinary file passes. A missing file passes: the read that follows says so.
   */
  public static void checkRegularFile(Path file, String shownName) {
    java.nio.file.attribute.BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
    } catch (java.nio.file.NoSuchFileException e) {
      return;
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(shownName, msg("input.unreadable", String.valueOf(e.getMessage()))), e);
    }
    if (attrs.isDirectory()) {
      refuse(shownName, "input.notAFile.directory");
    }
    if (!attrs.isRegularFile()) {
      refuse(shownName, "input.notAFile.special");
    }
  }

  /**
   * Reads an ordinary file of at most {@code maxBytes} ({@link #checkRegularFile} first; the size
   * is checked before and, in case the file grows, while reading).
   *
   * @param tooLargeKey the message key in this package that says which limit, with the file's size
   *     and the limit as arguments
   * @throws java.nio.file.NoSuchFileException when there is no such file
   * @throws IOException when it cannot be read
   */
  public static byte[] readFile(Path file, String shownName, long maxBytes, String tooLargeKey)
      throws IOException {
    checkRegularFile(file, shownName);
    long size = Files.size(file);
    if (size > maxBytes) {
      refuse(shownName, tooLargeKey, mb(size), mb(maxBytes));
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        refuse(shownName, tooLargeKey, "> " + mb(maxBytes), mb(maxBytes));
      }
      return bytes;
    }
  }

  private static long size(Path file, String shownName) {
    checkRegularFile(file, shownName);
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(shownName, msg("input.unreadable", String.valueOf(e.getMessage()))), e);
    }
  }

  private static String mb(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) MB);
  }

  private static void refuse(String shownName, String key, Object... args) {
    throw new InvalidInputException(new Problem(shownName, msg(key, args)));
  }

  private static Message msg(String key, Object... args) {
    return Message.of(InputLimits.class, key, args);
  }
}

package org.ocnkit.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.pdf.PdfContents;

/**
 * The limits a PDF from a stranger must keep before anything in it is decoded: how many objects,
 * which stream filters, and how many bytes each stream and all streams together may inflate to. One
 * flat pass over the cross-reference table (no recursion, so no loop to guard), decoding each Flate
 * stream into a counter, never into memory; a decompression bomb stops at the cap.
 */
public final class PdfBounds {
  /** The most indirect objects a readable PDF may hold. */
  public static final int MAX_OBJECTS = 100_000;

  /** The most bytes one stream may decode to. */
  public static final long MAX_STREAM_BYTES = 16L << 20;

  /** The most bytes all streams together may decode to. */
  public static final long MAX_TOTAL_BYTES = 64L << 20;

  /** Filters that decode to at most a bounded multiple of their input, or are not decoded. */
  private static final Set<COSName> ALLOWED =
      Set.of(
          COSName.FLATE_DECODE,
          COSName.DCT_DECODE,
          COSName.JPX_DECODE,
          COSName.CCITTFAX_DECODE,
          COSName.JBIG2_DECODE,
          COSName.ASCII_HEX_DECODE,
          COSName.ASCII85_DECODE);

  private PdfBounds() {}

  /**
   * Checks every stream of {@code document}.
   *
   * @param source how the user names the file, used in problems
   * @throws InvalidInputException naming the object and the limit it breaks
   */
  public static void check(COSDocument document, String source) {
    List<COSObjectKey> keys = List.copyOf(document.getXrefTable().keySet());
    if (keys.size() > MAX_OBJECTS) {
      throw tooMuch(
          source, "read.tooManyObjects", String.valueOf(keys.size()), String.valueOf(MAX_OBJECTS));
    }
    long total = 0;
    for (COSObjectKey key : keys) {
      COSObject object = document.getObjectFromPool(key);
      COSBase base = object == null ? null : object.getObject();
      if (!(base instanceof COSStream stream)) {
        continue;
      }
      String where = key.getNumber() + " " + key.getGeneration() + " R";
      List<COSName> filters = filters(stream, source, where);
      long length =
          filters.contains(COSName.FLATE_DECODE)
              ? inflated(stream, source, where)
              : stream.getLength();
      if (length > MAX_STREAM_BYTES) {
        throw tooMuch(source, "read.streamTooLarge", where, String.valueOf(MAX_STREAM_BYTES));
      }
      total += length;
      if (total > MAX_TOTAL_BYTES) {
        throw tooMuch(source, "read.totalTooLarge", String.valueOf(MAX_TOTAL_BYTES));
      }
    }
  }

  private static List<COSName> filters(COSStream stream, String source, String where) {
    COSBase filter = stream.getDictionaryObject(COSName.FILTER);
    List<COSName> names;
    if (filter == null) {
      names = List.of();
    } else if (filter instanceof COSName name) {
      names = List.of(name);
    } else if (filter instanceof COSArray array
        && array.size() == 1
        && array.getObject(0) instanceof COSName name) {
      names = List.of(name);
    } else {
      throw tooMuch(source, "read.filter", where, String.valueOf(filter));
    }
    for (COSName name : names) {
      if (!ALLOWED.contains(name)) {
        throw tooMuch(source, "read.filter", where, name.getName());
      }
    }
    return names;
  }

  /** How many bytes the stream inflates to, counting no further than the cap. */
  private static long inflated(COSStream stream, String source, String where) {
    Inflater inflater = new Inflater();
    byte[] in = new byte[8192];
    byte[] out = new byte[65536];
    long count = 0;
    try (InputStream raw = stream.createRawInputStream()) {
      while (true) {
        if (inflater.needsInput()) {
          int n = raw.read(in);
          if (n < 0) {
            break;
          }
          inflater.setInput(in, 0, n);
        }
        int produced = inflater.inflate(out);
        count += produced;
        if (count > MAX_STREAM_BYTES) {
          return count;
        }
        if (inflater.finished() || produced == 0 && inflater.needsDictionary()) {
          break;
        }
      }
    } catch (IOException | DataFormatException e) {
      // PDFBox reads what it can of a damaged stream; what decodes at all is counted.
    } finally {
      inflater.end();
    }
    return count;
  }

  private static InvalidInputException tooMuch(String source, String key, String... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = source;
    System.arraycopy(args, 0, all, 1, args.length);
    return new InvalidInputException(Message.of(PdfContents.class, key, all));
  }
}

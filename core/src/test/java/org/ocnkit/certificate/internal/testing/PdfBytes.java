package org.ocnkit.certificate.internal.testing;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSObjectKey;

/** Finding places in a PDF's raw bytes, for tests that alter a file as an attacker would. */
public final class PdfBytes {
  private PdfBytes() {}

  /** The offset of the first {@code needle} at or after {@code from}, or -1. */
  public static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The offset of the first {@code text} (ISO-8859-1) at or after {@code from}, or -1. */
  public static int indexOf(byte[] pdf, String text, int from) {
    return indexOf(pdf, text.getBytes(StandardCharsets.ISO_8859_1), from);
  }

  /**
   * The offset of the first data byte of the stream object {@code key} in a file written without
   * object streams.
   *
   * @throws AssertionError when the object is not in the file
   */
  public static int streamData(byte[] pdf, COSObjectKey key) {
    int object = indexOf(pdf, "\n" + key.getNumber() + " " + key.getGeneration() + " obj", 0);
    if (object < 0) {
      throw new AssertionError("object " + key + " is not in the file");
    }
    int stream = indexOf(pdf, "stream", object) + "stream".length();
    if (pdf[stream] == '\r') {
      stream++;
    }
    return stream + 1;
  }
}

package org.ocnkit.evidence.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.input.InputLimits;

/**
 * A file uploaded on the supervisor's web form, made safe to store: its type is read from its first
 * bytes, never from its name; a photo (JPEG, PNG) is decoded and written anew from its pixels
 * alone, so that nothing of the original file but the picture survives: no EXIF, no GPS position,
 * no XMP or IPTC block, no text chunk, no thumbnail, no trailing data. The EXIF orientation is
 * applied to the pixels first, so that an upright photo stays upright. A PDF must open as one and
 * is stored as uploaded. HEIC photos (iPhone) are refused with a plain message: Java cannot decode
 * them, so their metadata could not be removed.
 */
public final class SafeUpload {
  private static final float JPEG_QUALITY = 0.9f;
  private static final Set<String> HEIF_BRANDS =
      Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif");

  private SafeUpload() {}

  /** A cleaned file: its bytes, the media type read from its content, and a name to show. */
  public record Cleaned(String name, String mediaType, byte[] bytes) {
    public Cleaned {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(mediaType, "mediaType");
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /** The kinds of content accepted, by their first bytes. */
  public enum Kind {
    JPEG("image/jpeg", ".jpg"),
    PNG("image/png", ".png"),
    PDF("application/pdf", ".pdf"),
    HEIF("image/heic", ".heic"),
    OTHER("application/octet-stream", "");

    final String mediaType;
    final String extension;

    Kind(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    /** The kind of {@code bytes}, from their magic numbers. */
    public static Kind of(byte[] bytes) {
      if (starts(bytes, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
        return JPEG;
      }
      if (starts(bytes, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
        return PNG;
      }
      if (starts(bytes, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
        return PDF;
      }
      if (starts(bytes, 4, "ftyp".getBytes(StandardCharsets.US_ASCII))
          && bytes.length >= 12
          && HEIF_BRANDS.contains(new String(bytes, 8, 4, StandardCharsets.US_ASCII))) {
        return HEIF;
      }
      return OTHER;
    }
  }

  /**
   * Checks and cleans one upload.
   *
   * @param name the name the browser sent, shown in messages and kept (without folders) as the
   *     attachment's name with the extension of its real type
   * @throws InvalidInputException when it is empty, larger than {@code maxBytes}, not a JPEG, PNG
   *     or PDF by content, a HEIC photo, too many pixels, or cannot be read
   */
  public static Cleaned clean(String name, byte[] bytes, long maxBytes) {
    String shown = shownName(name);
    if (bytes.length == 0) {
      throw refused(shown, "upload.empty");
    }
    if (bytes.length > maxBytes) {
      throw refused(shown, "upload.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
    }
    Kind kind = Kind.of(bytes);
    return switch (kind) {
      case JPEG, PNG ->
          new Cleaned(named(shown, kind), kind.mediaType, reencode(shown, bytes, kind));
      case PDF -> new Cleaned(named(shown, kind), kind.mediaType, checkPdf(shown, bytes));
      case HEIF -> throw refused(shown, "upload.heic");
      case OTHER -> throw refused(shown, "upload.type");
    };
  }

  private static byte[] reencode(String shown, byte[] bytes, Kind kind) {
    BufferedImage image;
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw refused(shown, "upload.unreadable");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long w = reader.getWidth(0);
        long h = reader.getHeight(0);
        if (w > InputLimits.IMAGE_MAX_SIDE
            || h > InputLimits.IMAGE_MAX_SIDE
            || w * h > InputLimits.IMAGE_MAX_PIXELS) {
          throw new InvalidInputException(
              new Problem(
                  shown,
                  Message.of(
                      InputLimits.class,
                      "input.image.tooManyPixels",
                      w,
                      h,
                      InputLimits.IMAGE_MAX_SIDE,
                      InputLimits.IMAGE_MAX_PIXELS)));
        }
        image = reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException i) {
        throw i;
      }
      throw refused(shown, "upload.unreadable");
    }
    if (kind == Kind.JPEG) {
      image = ExifOrientation.upright(image, ExifOrientation.of(bytes));
      return writeJpeg(opaque(image));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new IllegalStateException("writing a PNG in memory failed", e);
    }
    return out.toByteArray();
  }

  private static byte[] writeJpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new IllegalStateException("writing a JPEG in memory failed", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** The image as plain RGB, which the JPEG writer takes whatever the source's colour model. */
  private static BufferedImage opaque(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
        || image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return image;
    }
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    java.awt.Graphics2D g = rgb.createGraphics();
    try {
      g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }

  private static byte[] checkPdf(String shown, byte[] bytes) {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      if (document.getNumberOfPages() < 1) {
        throw refused(shown, "upload.unreadable");
      }
    } catch (IOException e) {
      throw refused(shown, "upload.unreadable");
    }
    return bytes;
  }

  /** The name without folders, control characters or an overlong tail. */
  static String shownName(String name) {
    String base =
        name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
    if (base.isEmpty()) {
      base = "bilaga";
    }
    return base.length() > 80 ? base.substring(0, 80) : base;
  }

  /** The name with the extension of the content's real type. */
  private static String named(String shown, Kind kind) {
    int dot = shown.lastIndexOf('.');
    String stem = dot > 0 ? shown.substring(0, dot) : shown;
    return stem + kind.extension;
  }

  private static boolean starts(byte[] bytes, int offset, byte[] prefix) {
    return bytes.length >= offset + prefix.length
        && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
  }

  private static InvalidInputException refused(String shown, String key, Object... args) {
    return new InvalidInputException(
        new Problem(shown, Message.of(EvidenceRecords.class, key, args)));
  }
}

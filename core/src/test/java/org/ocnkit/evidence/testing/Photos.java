package org.ocnkit.evidence.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Photos for tests, made at test time: a JPEG whose EXIF holds a position. */
public final class Photos {
  /** The text the EXIF block carries, which must not survive cleaning. */
  public static final String GPS = "GPS 59.3293N 18.0686E Lena Ek iPhone";

  private Photos() {}

  /**
   * A 40x20 JPEG photo (red left half) whose APP1 EXIF block holds orientation 6 and a GPS text.
   */
  public static byte[] withExif() throws IOException {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 40, 20);
    g.setColor(Color.RED);
    g.fillRect(0, 0, 20, 20);
    g.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", jpeg);
    byte[] plain = jpeg.toByteArray();
    // TIFF, big-endian: header, IFD0 with one entry (orientation 6), then the GPS text.
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    tiff.write(
        new byte[] {
          'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0
        });
    tiff.write(GPS.getBytes(StandardCharsets.US_ASCII));
    byte[] exif = ("Exif\0\0").getBytes(StandardCharsets.US_ASCII);
    int length = 2 + exif.length + tiff.size();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 2);
    out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
    out.write(exif);
    out.write(tiff.toByteArray());
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }
}

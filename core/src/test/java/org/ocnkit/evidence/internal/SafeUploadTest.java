package org.ocnkit.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.ocnkit.InvalidInputException;
import org.ocnkit.evidence.testing.Photos;

class SafeUploadTest {
  static final long MAX = 5L * 1024 * 1024;
  static final String GPS = Photos.GPS;

  @Test
  void aJpegLosesItsExifAndGpsAndIsTurnedUpright() throws IOException {
    byte[] photo = Photos.withExif();
    assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains(GPS, "Exif");
    assertThat(ExifOrientation.of(photo)).isEqualTo(6);

    SafeUpload.Cleaned cleaned = SafeUpload.clean("C:\\Users\\lena\\IMG_0042.JPEG", photo, MAX);

    String text = new String(cleaned.bytes(), StandardCharsets.ISO_8859_1);
    assertThat(text).doesNotContain("GPS").doesNotContain("Exif").doesNotContain("Lena");
    assertThat(cleaned.mediaType()).isEqualTo("image/jpeg");
    assertThat(cleaned.name()).isEqualTo("IMG_0042.jpg");
    BufferedImage upright = ImageIO.read(new ByteArrayInputStream(cleaned.bytes()));
    // Orientation 6 turns the 40x20 photo a quarter clockwise: 20 wide, 40 high, red on top.
    assertThat(upright.getWidth()).isEqualTo(20);
    assertThat(upright.getHeight()).isEqualTo(40);
    assertThat(new Color(upright.getRGB(10, 5)).getRed()).isGreaterThan(200);
    assertThat(new Color(upright.getRGB(10, 35)).getGreen()).isGreaterThan(200);
  }

  @Test
  void aPngLosesItsTextChunks() throws IOException {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    byte[] plain = png.toByteArray();
    // Insert a tEXt chunk after the IHDR chunk (8 signature + 25 IHDR bytes); its CRC is not
    // checked by the decoder.
    byte[] chunk = textChunk("Location", GPS);
    byte[] withText = new byte[plain.length + chunk.length];
    System.arraycopy(plain, 0, withText, 0, 33);
    System.arraycopy(chunk, 0, withText, 33, chunk.length);
    System.arraycopy(plain, 33, withText, 33 + chunk.length, plain.length - 33);
    assertThat(new String(withText, StandardCharsets.ISO_8859_1)).contains(GPS);

    SafeUpload.Cleaned cleaned = SafeUpload.clean("bild.jpg", withText, MAX);
    assertThat(new String(cleaned.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS");
    assertThat(cleaned.mediaType()).isEqualTo("image/png");
    assertThat(cleaned.name()).isEqualTo("bild.png");
  }

  @Test
  void theTypeComesFromTheContentNotTheName() {
    InvalidInputException text =
        catchThrowableOfType(
            () ->
                SafeUpload.clean(
                    "foto.jpg", "<html>hej</html>".getBytes(StandardCharsets.UTF_8), MAX),
            InvalidInputException.class);
    assertThat(text.problems().get(0).message().format(Locale.ENGLISH))
        .contains("Only photos (JPEG, PNG) and PDF");
    byte[] heic = new byte[32];
    System.arraycopy("ftypheic".getBytes(StandardCharsets.US_ASCII), 0, heic, 4, 8);
    InvalidInputException h =
        catchThrowableOfType(
            () -> SafeUpload.clean("IMG_1.HEIC", heic, MAX), InvalidInputException.class);
    assertThat(h.problems().get(0).message().format(Locale.forLanguageTag("sv")))
        .contains("HEIC", "Mest kompatibel");
    InvalidInputException broken =
        catchThrowableOfType(
            () ->
                SafeUpload.clean(
                    "x.pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII), MAX),
            InvalidInputException.class);
    assertThat(broken.problems().get(0).message().format(Locale.ENGLISH)).contains("damaged");
    InvalidInputException large =
        catchThrowableOfType(
            () -> SafeUpload.clean("big.jpg", new byte[2048], 1024), InvalidInputException.class);
    assertThat(large.problems().get(0).message().format(Locale.ENGLISH)).contains("larger");
  }

  private static byte[] textChunk(String key, String value) {
    byte[] data = (key + "\0" + value).getBytes(StandardCharsets.ISO_8859_1);
    byte[] chunk = new byte[12 + data.length];
    chunk[0] = (byte) (data.length >> 24);
    chunk[1] = (byte) (data.length >> 16);
    chunk[2] = (byte) (data.length >> 8);
    chunk[3] = (byte) data.length;
    System.arraycopy("tEXt".getBytes(StandardCharsets.US_ASCII), 0, chunk, 4, 4);
    System.arraycopy(data, 0, chunk, 8, data.length);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(chunk, 4, 4 + data.length);
    long c = crc.getValue();
    chunk[8 + data.length] = (byte) (c >> 24);
    chunk[9 + data.length] = (byte) (c >> 16);
    chunk[10 + data.length] = (byte) (c >> 8);
    chunk[11 + data.length] = (byte) c;
    return chunk;
  }
}

package org.ocnkit.evidence;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ocnkit.Message;
import org.ocnkit.learner.SupervisorLink;
import org.ocnkit.pdf.Align;
import org.ocnkit.pdf.DocumentInfo;
import org.ocnkit.pdf.FontFace;
import org.ocnkit.pdf.FontFamily;
import org.ocnkit.pdf.PageSetup;
import org.ocnkit.pdf.Paragraph;
import org.ocnkit.pdf.PdfaDocument;
import org.ocnkit.pdf.QrCode;
import org.ocnkit.pdf.Rgb;
import org.ocnkit.pdf.Spacer;
import org.ocnkit.pdf.TextStyle;

/**
 * The handout of a supervisor's personal link ("Din länk för att registrera bevis"): a QR code of
 * the link as a PDF/A page, as a PNG and as text for the terminal. The link is a secret: the
 * handout says so, and ocnkit keeps no copy of it.
 */
public final class LinkHandout {
  private static final int QUIET_ZONE = 4;
  private static final int PNG_MODULE_PIXELS = 8;
  private static final Rgb ACCENT = Rgb.parse("#1f4e79");
  private static final Rgb TEXT = Rgb.parse("#1b1f24");
  private static final Rgb MUTED = Rgb.parse("#5f6b7a");

  private LinkHandout() {}

  /** An A4 page with the link's QR code, whom it is for, until when, and what to do with it. */
  public static byte[] pdf(
      SupervisorLink link, String workplace, String url, Locale locale, Instant created) {
    String title = text(locale, "handout.title");
    DocumentInfo info =
        new DocumentInfo(
            title,
            DocumentInfo.PRODUCER,
            text(locale, "handout.subject", link.supervisorName(), workplace),
            locale,
            created);
    TextStyle body = new TextStyle(FontFamily.SANS, FontFace.REGULAR, 11, TEXT);
    TextStyle small = new TextStyle(FontFamily.SANS, FontFace.REGULAR, 9, MUTED);
    String until = link.expiresAt().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate().toString();
    PdfaDocument doc =
        PdfaDocument.builder(info, PageSetup.a4(56))
            .add(
                Paragraph.of(title, new TextStyle(FontFamily.SERIF, FontFace.BOLD, 22, ACCENT)),
                new Spacer(6),
                Paragraph.of(
                    text(locale, "handout.for", link.supervisorName(), workplace, link.placement()),
                    body.bold()),
                Paragraph.of(text(locale, "handout.until", until), body),
                new Spacer(18),
                new QrCode(url, 220, Align.CENTER),
                new Spacer(10),
                Paragraph.of(url, new TextStyle(FontFamily.MONO, FontFace.REGULAR, 8, TEXT))
                    .aligned(Align.CENTER),
                new Spacer(18),
                Paragraph.of(text(locale, "handout.how"), body),
                new Spacer(8),
                Paragraph.of(text(locale, "handout.secret"), body),
                new Spacer(8),
                Paragraph.of(text(locale, "handout.lost"), small))
            .build();
    return doc.render();
  }

  /** The link's QR code as a PNG, 8 pixels a module, with its quiet zone. */
  public static byte[] png(String url) {
    ByteMatrix m = matrix(url);
    int size = (m.getWidth() + 2 * QUIET_ZONE) * PNG_MODULE_PIXELS;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int mx = x / PNG_MODULE_PIXELS - QUIET_ZONE;
        int my = y / PNG_MODULE_PIXELS - QUIET_ZONE;
        boolean dark =
            mx >= 0 && my >= 0 && mx < m.getWidth() && my < m.getHeight() && m.get(mx, my) == 1;
        image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new IllegalStateException("writing a PNG in memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * The link's QR code as text for a terminal: two modules a character with the half blocks ▀ ▄ █,
   * dark modules drawn as spaces and light ones as blocks (light text on a dark terminal, as {@code
   * qrencode -t UTF8} does), with its quiet zone.
   */
  public static String terminal(String url) {
    ByteMatrix m = matrix(url);
    int size = m.getWidth() + 2 * QUIET_ZONE;
    StringBuilder out = new StringBuilder();
    for (int y = 0; y < size; y += 2) {
      for (int x = 0; x < size; x++) {
        boolean top = light(m, x - QUIET_ZONE, y - QUIET_ZONE);
        boolean bottom = y + 1 >= size || light(m, x - QUIET_ZONE, y + 1 - QUIET_ZONE);
        out.append(top && bottom ? '\u2588' : top ? '\u2580' : bottom ? '\u2584' : ' ');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static boolean light(ByteMatrix m, int x, int y) {
    return x < 0 || y < 0 || x >= m.getWidth() || y >= m.getHeight() || m.get(x, y) != 1;
  }

  private static ByteMatrix matrix(String url) {
    try {
      return Encoder.encode(
              url,
              ErrorCorrectionLevel.M,
              Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()))
          .getMatrix();
    } catch (WriterException e) {
      throw new IllegalArgumentException("the link cannot be a QR code: " + e.getMessage(), e);
    }
  }

  private static String text(Locale locale, String key, Object... args) {
    return Message.of(LinkHandout.class, key, args).format(locale);
  }
}

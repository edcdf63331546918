package org.ocnkit.pdf.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ocnkit.pdf.QrCode;
import org.ocnkit.pdf.Rgb;

/** A QR code drawn as black squares, with a quiet zone of four modules on every side. */
final class QrBox extends Box {
  private static final int QUIET_ZONE = 4;

  private final QrCode code;
  private final ByteMatrix matrix;
  private final float available;
  private final float size;

  QrBox(QrCode code, float available) {
    this.code = code;
    this.available = available;
    this.size = Math.min(code.size(), available);
    try {
      this.matrix =
          Encoder.encode(
                  code.content(),
                  ErrorCorrectionLevel.M,
                  Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()))
              .getMatrix();
    } catch (WriterException e) {
      throw new IllegalArgumentException("QR content cannot be encoded: " + e.getMessage(), e);
    }
  }

  @Override
  float height() {
    return size;
  }

  @Override
  void draw(Canvas canvas, float x, float top) {
    float dx =
        switch (code.align()) {
          case LEFT -> 0;
          case CENTER -> (available - size) / 2;
          case RIGHT -> available - size;
        };
    int modules = matrix.getWidth() + 2 * QUIET_ZONE;
    float module = size / modules;
    float left = x + dx + QUIET_ZONE * module;
    float y0 = top + QUIET_ZONE * module;
    canvas.fillRect(x + dx, top, size, size, Rgb.WHITE);
    for (int row = 0; row < matrix.getHeight(); row++) {
      int col = 0;
      while (col < matrix.getWidth()) {
        if (matrix.get(col, row) != 1) {
          col++;
          continue;
        }
        int start = col;
        while (col < matrix.getWidth() && matrix.get(col, row) == 1) {
          col++;
        }
        canvas.addRect(left + start * module, y0 + row * module, (col - start) * module, module);
      }
    }
    canvas.fillPath(Rgb.BLACK);
  }
}

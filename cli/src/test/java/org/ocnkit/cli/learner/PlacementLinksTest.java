package org.ocnkit.cli.learner;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;

/** {@code ocn placement link|links|unlink}. */
class PlacementLinksTest {
  private static final Pattern LINK =
      Pattern.compile("https://\\S+/handledare/([A-Za-z0-9_-]{43})");

  @TempDir Path dir;

  private CliRun ok(String... args) {
    CliRun run =
        new CliRun(dir)
            .at("2026-09-01T08:00:00Z")
            .env("OCNKIT_WORKSPACE", dir.resolve("ws").toString())
            .run(args);
    assertThat(run.exitCode).as(run.toString()).isZero();
    return run;
  }

  @Test
  void aLinkIsPrintedWithItsQrCodeHandedOutAndRevoked() throws Exception {
    ok("init", "ws");
    ok(
        "placement",
        "add",
        "ica",
        "--workplace",
        "ICA Nära",
        "--employer",
        "ICA AB",
        "--arena",
        "handel-service",
        "--supervisor",
        "lena-ek=Lena Ek");
    CliRun link =
        ok(
            "--lang",
            "sv",
            "placement",
            "link",
            "ica",
            "--supervisor",
            "lena-ek",
            "--days",
            "30",
            "--out",
            dir.resolve("lank.pdf").toString());
    Matcher m = LINK.matcher(link.out);
    assertThat(m.find()).as(link.out).isTrue();
    String url = m.group();
    assertThat(link.out)
        .contains(
            "Personlig länk L1 för Lena Ek på ica, gäller till och med 2026-10-01",
            "\u2588\u2588",
            "ocn placement unlink L1");
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("lank.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Din länk för att registrera bevis", "Lena Ek", "2026-10-01");
    }
    // The secret is nowhere in the database: only its hash.
    for (String file : new String[] {"ocnkit.db", "ocnkit.db-wal"}) {
      Path db = dir.resolve("ws").resolve(file);
      if (Files.exists(db)) {
        assertThat(new String(Files.readAllBytes(db), java.nio.charset.StandardCharsets.ISO_8859_1))
            .doesNotContain(m.group(1));
      }
    }

    ok(
        "placement",
        "link",
        "ica",
        "--supervisor",
        "lena-ek",
        "--no-qr",
        "--out",
        dir.resolve("lank.png").toString());
    BufferedImage png = ImageIO.read(dir.resolve("lank.png").toFile());
    int[] pixels = png.getRGB(0, 0, png.getWidth(), png.getHeight(), null, 0, png.getWidth());
    String scanned =
        new QRCodeReader()
            .decode(
                new BinaryBitmap(
                    new HybridBinarizer(
                        new RGBLuminanceSource(png.getWidth(), png.getHeight(), pixels))))
            .getText();
    assertThat(scanned).matches(LINK).isNotEqualTo(url);

    assertThat(ok("placement", "links").out)
        .contains("L1", "L2", "lena-ek (Lena Ek)", "never", "2 links work.");
    assertThat(ok("placement", "unlink", "L1").out).contains("Link L1 (Lena Ek at ica) is revoked");
    assertThat(ok("placement", "links").out).doesNotContain("L1 ").contains("1 links work.");
    assertThat(ok("placement", "links", "--all", "--json").out).contains("\"revokedAt\"");
    CliRun again =
        new CliRun(dir)
            .at("2026-09-01T08:00:00Z")
            .env("OCNKIT_WORKSPACE", dir.resolve("ws").toString())
            .run("placement", "unlink", "L1");
    assertThat(again.exitCode).isEqualTo(1);
  }
}

package org.ocnkit.cli;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.ocnkit.server.ServerOptions;
import org.ocnkit.server.VerificationServer;
import org.ocnkit.store.Workspace;

/**
 * The demo's supervisor on her phone: she scans the QR code of the handout {@code ocn placement
 * link} wrote, opens the form on {@code ocn serve} (started here, in-process, on a free loopback
 * port over the demo workspace, as the coordinator would run it), and sends one observation as a
 * sample file lists it (enrolment, date, method, criteria, description). Everything goes through
 * HTTP, as from a browser: the form's CSRF token and one-time key are read from the page.
 *
 * <p>Part of the demo runner, not of {@code ocn}: a real observation comes from a person.
 */
final class DemoPhone {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern SUBMISSION =
      Pattern.compile("name=\"submission\" value=\"([^\"]+)\"");

  private DemoPhone() {}

  /** Records the observation in {@code form} through the link on {@code handout}; its item id. */
  static String record(Workspace ws, Path handout, Path form, DemoYear year)
      throws IOException, InterruptedException {
    URI link = URI.create(scan(handout));
    Properties typed = new Properties();
    try (Reader in =
        new java.io.StringReader(year.shift(Files.readString(form, StandardCharsets.UTF_8)))) {
      typed.load(in);
    }
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    try (VerificationServer server =
        VerificationServer.start(
            ServerOptions.defaults(ws).withAddress("127.0.0.1", 0), line -> {})) {
      // The handout names the public address (certificate.baseUrl, which a proxy maps to the
      // server's root, as for certificate links); the demo's server listens on loopback.
      String path = link.getRawPath();
      String page = server.url() + path.substring(path.lastIndexOf("/handledare/")) + "?lang=sv";
      String html =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(page)).GET().build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("csrf", group(CSRF, html, page));
      fields.put("submission", group(SUBMISSION, html, page));
      for (String f : new String[] {"enrolment", "date", "method", "description"}) {
        fields.put(f, typed.getProperty(f, ""));
      }
      String boundary = "----ocn-demo-" + UUID.randomUUID();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (Map.Entry<String, String> f : fields.entrySet()) {
        part(body, boundary, f.getKey(), f.getValue());
      }
      for (String c : typed.getProperty("criteria", "").split(",")) {
        part(body, boundary, "criterion", c.strip());
      }
      body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> sent =
          client.send(
              HttpRequest.newBuilder(URI.create(page))
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String location = sent.headers().firstValue("Location").orElse("");
      Matcher saved = Pattern.compile("saved=(EV[0-9]+)").matcher(location);
      if (sent.statusCode() != 303 || !saved.find()) {
        throw new IllegalStateException(
            "the form did not save ("
                + sent.statusCode()
                + "): "
                + sent.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
      }
      return saved.group(1);
    }
  }

  /** The text of the QR code on a PNG, as a phone's camera reads it. */
  static String scan(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    if (image == null) {
      throw new IOException(png + " is not a picture");
    }
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    try {
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(
                  new HybridBinarizer(
                      new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
          .getText();
    } catch (NotFoundException e) {
      throw new IOException(png + " holds no QR code", e);
    } catch (ReaderException e) {
      throw new IOException(png + ": the QR code cannot be read", e);
    }
  }

  private static void part(ByteArrayOutputStream body, String boundary, String name, String value) {
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"\r\n\r\n"
                + value
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  private static String group(Pattern p, String html, String page) {
    Matcher m = p.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException(
          "the link opened no form: " + page.replaceAll("/handledare/[^?]+", "/handledare/…"));
    }
    return m.group(1);
  }
}

package org.ocnkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.evidence.EvidenceFilter;
import org.ocnkit.evidence.EvidenceItem;
import org.ocnkit.evidence.EvidenceService;
import org.ocnkit.evidence.testing.Photos;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.IssuedLink;
import org.ocnkit.learner.PlacementService;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.UnitRef;

/**
 * The supervisor's form over HTTP (issue 19), on SQLite and PostgreSQL: what a link shows, one item
 * per submission, CSRF, uploads cleaned, the plain page for a link that does not work, rate limits,
 * headers, and no secret in log lines.
 */
class SupervisorFormHttpTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern SUBMISSION =
      Pattern.compile("name=\"submission\" value=\"([^\"]+)\"");

  @TempDir Path dir;

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @OnEveryEngine
  void everyRuleOfTheFormHoldsOverHttp(Engine engine) throws Exception {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), new TestClock())) {
      SampleRequests.createKeys(ws);
      UnitRef unit = LearnerFixtures.approvedUnit(ws, dir.resolve("units"));
      LearnerFixtures.placementAndAssessor(ws);
      Apprentice amina = LearnerFixtures.apprentice(ws, "Amina", "Hassan");
      LearnerFixtures.enrol(ws, amina, unit);
      IssuedLink link =
          new PlacementService(ws)
              .createLink("coordinator", LearnerFixtures.PLACEMENT, LearnerFixtures.SUPERVISOR, 60);
      String path = "/handledare/" + link.secret().reveal();
      try (VerificationServer server =
          VerificationServer.start(
              ServerOptions.defaults(ws).withAddress("127.0.0.1", 0), log::add)) {
        String base = server.url();

        HttpResponse<String> page = get(base + path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
            .contains(
                "<html lang=\"sv\"",
                "Registrera bevis",
                "Amina (A1)",
                "Åsa Öberg",
                "inget underlag",
                "name=\"csrf\"",
                "type=\"date\"",
                "max=\"2025-03-03\"",
                "value=\"2025-03-03\"")
            .doesNotContain("Hassan", "<script");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
            .contains("form-action 'self'");
        assertThat(get(base + path + "?lang=en").body()).contains("Record evidence", "no evidence");

        // No CSRF token, or a request from another site: refused, nothing stored.
        Map<String, String> form = fields(page.body(), "2025-03-03", "1.1");
        Map<String, String> forged = new java.util.LinkedHashMap<>(form);
        forged.remove("csrf");
        assertThat(post(base + path, forged, null).statusCode()).isEqualTo(403);
        assertThat(post(base + path, form, null, "Sec-Fetch-Site", "cross-site").statusCode())
            .isEqualTo(403);
        assertThat(items(ws)).isEmpty();

        // A date in the future: the page again, with the problem and the typed text kept.
        Map<String, String> future = fields(get(base + path).body(), "2025-03-04", "1.1");
        HttpResponse<String> refused = post(base + path, future, null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Inget sparades", "2025-03-04", "frukthyllan");
        assertThat(items(ws)).isEmpty();

        // Recorded once with a cleaned photo; the resent request records nothing new.
        HttpResponse<String> saved = post(base + path, form, Photos.withExif());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("saved=EV1");
        assertThat(
                post(base + path, form, Photos.withExif())
                    .headers()
                    .firstValue("Location")
                    .orElseThrow())
            .endsWith("saved=EV1");
        List<EvidenceItem> items = items(ws);
        assertThat(items)
            .singleElement()
            .satisfies(
                i -> {
                  assertThat(i.source()).isEqualTo(EvidenceItem.Source.WEB);
                  assertThat(i.attachments())
                      .singleElement()
                      .satisfies(
                          a -> {
                            assertThat(a.mediaType()).isEqualTo("image/jpeg");
                            assertThat(a.name()).isEqualTo("IMG_0042.jpg");
                            try (InputStream in = ws.attachments().open(a.sha256())) {
                              assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
                                  .doesNotContain("GPS", "Exif");
                            }
                          });
                });
        assertThat(get(base + path + "&saved=EV1".replace('&', '?')).body())
            .contains("Sparat som EV1", "väntar på bedömare");

        // A wrong, malformed or revoked link: one plain page, the same for all.
        String wrong = get(base + "/handledare/" + "B".repeat(43)).body();
        assertThat(wrong).contains("Be samordnaren om en ny länk");
        assertThat(get(base + "/handledare/kort").body()).isEqualTo(wrong);
        new PlacementService(ws).revokeLink("coordinator", link.link().id());
        HttpResponse<String> revoked = get(base + path);
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).isEqualTo(wrong);
        assertThat(post(base + path, fields(page.body(), "2025-03-03", "1.2"), null).statusCode())
            .isEqualTo(404);
        assertThat(items(ws)).hasSize(1);

        // Rate limit per link.
        IssuedLink busy =
            new PlacementService(ws)
                .createLink(
                    "coordinator", LearnerFixtures.PLACEMENT, LearnerFixtures.SUPERVISOR, 60);
        int status = 200;
        for (int n = 0; n <= VerificationServer.LINK_REQUESTS_PER_MINUTE && status == 200; n++) {
          status = get(base + "/handledare/" + busy.secret().reveal()).statusCode();
        }
        assertThat(status).isEqualTo(429);
      }
      assertThat(log)
          .isNotEmpty()
          .noneMatch(l -> l.contains(link.secret().reveal()))
          .anyMatch(l -> l.contains("/handledare/{link}"));
    }
  }

  private static List<EvidenceItem> items(Workspace ws) {
    return new EvidenceService(ws).list(EvidenceFilter.all());
  }

  private static Map<String, String> fields(String page, String date, String criterion) {
    Map<String, String> f = new java.util.LinkedHashMap<>();
    f.put("csrf", group(CSRF, page));
    f.put("submission", group(SUBMISSION, page));
    f.put("enrolment", "E1");
    f.put("date", date);
    f.put("method", "observation");
    f.put("description", "Amina hälsade på kunderna vid frukthyllan.");
    f.put("criterion", criterion);
    return f;
  }

  private static String group(Pattern p, String text) {
    Matcher m = p.matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return m.group(1);
  }

  private HttpResponse<String> get(String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(
      String url, Map<String, String> fields, byte[] photo, String... headers) throws Exception {
    String boundary = "----ocn" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> f : fields.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + f.getKey()
                  + "\"\r\n\r\n"
                  + f.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    if (photo != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\";"
                  + " filename=\"IMG_0042.JPG\"\r\nContent-Type: image/jpeg\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(photo);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}

package org.ocnkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.NoteSigningKey;
import org.ocnkit.ledger.TransparencyLog;
import org.ocnkit.ledger.internal.MemoryLogStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What an employer sees, in a real Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * headless, no network): the QR links of a valid and a revoked certificate, uploads of a genuine, a
 * one-byte-changed and another issuer's PDF on {@code ocn serve}, and the same links on a site made
 * by {@code ocn site publish} served from a folder, where the page's script checks the signed log
 * itself. Screenshots of the pages in both languages go to {@code target/screenshots/}, and to
 * {@code docs/} for the README with {@code -Docnkit.screenshots=docs}. Skipped, saying why, where
 * the browser is not installed.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;

  private static Certificates certificates;
  private static VerificationServer server;
  private static StaticFiles site;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: the browser tests need Debian's chromium and chromium-driver"
            + " (/usr/bin/chromium, /usr/bin/chromedriver); .ci/run installs them with"
            + " apt-get install chromium chromium-driver");
    certificates = Certificates.shared();
    server =
        VerificationServer.start(
            ServerOptions.defaults(certificates.ws)
                .withAddress("127.0.0.1", 0)
                .withUploadsPerMinute(1000),
            line -> {});
    Path published = dir.resolve("site");
    new StaticSite(certificates.ws).publish(published, certificates.keys.issuer());
    site = new StaticFiles(published);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1000,1250",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (site != null) {
      site.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /**
   * Opens {@code url} as a new page load: a link that differs from the current one only after
   * {@code #} would otherwise just move to the fragment, and the page's script would not run.
   */
  private static void open(String url) {
    browser.get("about:blank");
    browser.get(url);
  }

  private static WebElement await(String id, String attribute) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + "[" + attribute + "]")));
  }

  private static void screenshot(String name) throws Exception {
    Screenshots.save(browser, name);
  }

  @Test
  void theQrLinkOfAValidCertificateReadsValidAndTheFingerprintMatches() throws Exception {
    open(server.url() + "/" + certificates.valid.value() + "#" + certificates.validFingerprint);
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Giltigt");
    assertThat(await("fingerprint-check", "data-outcome").getAttribute("data-outcome"))
        .isEqualTo("match");
    screenshot("qr-link-sv.png");
    browser.findElement(By.id("lang-switch")).click();
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Valid");
    assertThat(browser.getCurrentUrl()).endsWith("#" + certificates.validFingerprint);
    assertThat(await("fingerprint-check", "data-outcome").getText())
        .startsWith("The fingerprint in your link matches the register");
    screenshot("qr-link-en.png");
  }

  @Test
  void aLinkWithAnotherFingerprintSaysItDoesNotMatch() {
    open(
        server.url()
            + "/"
            + certificates.valid.value()
            + "?lang=en#"
            + certificates.revokedFingerprint);
    assertThat(await("fingerprint-check", "data-outcome").getAttribute("data-outcome"))
        .isEqualTo("mismatch");
  }

  @Test
  void theQrLinkOfARevokedCertificateReadsRevoked() {
    open(
        server.url()
            + "/"
            + certificates.revoked.value()
            + "?lang=en#"
            + certificates.revokedFingerprint);
    assertThat(browser.findElement(By.id("status")).getText()).startsWith("Revoked on 2025-03-");
  }

  private static String upload(Path pdf, String lang) {
    open(server.url() + "/verify?lang=" + lang);
    browser.findElement(By.id("pdf")).sendKeys(pdf.toAbsolutePath().toString());
    browser.findElement(By.id("check")).click();
    return await("verdict", "data-verdict").getAttribute("data-verdict");
  }

  @Test
  void uploadsOfGenuineChangedAndForeignPdfsGetTheVerdictsOfOcnVerify() throws Exception {
    assertThat(upload(certificates.validPdf, "sv")).isEqualTo("valid");
    assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("GILTIGT");
    screenshot("verify-sv.png");
    assertThat(upload(certificates.validPdf, "en")).isEqualTo("valid");
    assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("VALID");
    assertThat(browser.findElements(By.cssSelector("#checks tbody tr"))).hasSize(12);
    screenshot("verify-en.png");
    assertThat(upload(certificates.tamperedPdf, "en")).isEqualTo("invalid");
    assertThat(upload(certificates.otherIssuerPdf, "en")).isEqualTo("invalid");
    assertThat(
            browser
                .findElement(By.cssSelector("tr[data-check=SIGNER_TRUSTED]"))
                .getAttribute("data-outcome"))
        .isEqualTo("failed");
    assertThat(upload(certificates.revokedPdf, "en")).isEqualTo("revoked");
  }

  @Test
  void aPdfDroppedOnTheFormIsChecked() throws Exception {
    open(server.url() + "/verify?lang=en");
    String base64 =
        java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(certificates.validPdf));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "var bytes = Uint8Array.from(atob(arguments[0]), function (c) { return c.charCodeAt(0); });"
                + "var data = new DataTransfer();"
                + "data.items.add(new File([bytes], 'dropped.pdf', {type: 'application/pdf'}));"
                + "document.getElementById('drop').dispatchEvent(new DragEvent('drop',"
                + " {dataTransfer: data, bubbles: true, cancelable: true}));",
            base64);
    assertThat(await("verdict", "data-verdict").getAttribute("data-verdict")).isEqualTo("valid");
    assertThat(browser.findElement(By.cssSelector("#result h2")).getText())
        .isEqualTo("Result for dropped.pdf");
  }

  private static List<String> staticChecks(String path) {
    open(site.url() + path);
    await("browser-verdict", "data-verdict");
    return browser.findElements(By.cssSelector("#browser-checks li")).stream()
        .map(li -> li.getAttribute("data-check") + "=" + li.getAttribute("data-outcome"))
        .toList();
  }

  /**
   * site.js against a log of 70,000 entries: full and partial tiles on levels 0, 1 and 2, so the
   * inclusion proof is computed from hashes the script reads at several tile levels and hashes up
   * itself in between. A page like the site's certificate pages, for several entries.
   */
  @Test
  void theBrowserComputesInclusionProofsFromTilesOfEveryLevel() throws Exception {
    Path published = dir.resolve("large-log");
    TransparencyLog log = new TransparencyLog(new MemoryLogStore());
    List<Hash> entries = new java.util.ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      entries.add(Hash.sha256(("entry " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    log.appendAll(entries);
    NoteSigningKey key = NoteSigningKey.generate("intyg.test.example/ocnkit-log");
    log.signCheckpoint(key, java.time.Instant.parse("2025-03-03T09:00:00Z"));
    log.publish(published.resolve("log"));
    Files.createDirectories(published.resolve("assets"));
    try (java.io.InputStream js = StaticSite.class.getResourceAsStream("assets/site.js")) {
      Files.write(published.resolve("assets/site.js"), js.readAllBytes());
    }
    Files.writeString(published.resolve("revocations.json"), "{\"revoked\":[]}");
    try (StaticFiles files = new StaticFiles(published)) {
      for (int index : new int[] {0, 255, 256, 65_535, 65_536, 69_999}) {
        String fingerprint = entries.get(index).hex();
        Files.writeString(
            published.resolve("p" + index + ".html"),
            "<!DOCTYPE html><html><head>"
                + "<script src=\"assets/site.js\" defer></script></head><body>"
                + "<section id=\"browser\" data-leaf-index=\""
                + index
                + "\" data-log-key=\""
                + key.verifierKey()
                + "\" data-root=\"\" data-fingerprint=\""
                + fingerprint
                + "\">"
                + "<p id=\"browser-verdict\"></p><ul id=\"browser-checks\"></ul></section>"
                + "</body></html>");
        open(files.url() + "/p" + index + ".html#" + fingerprint);
        await("browser-verdict", "data-verdict");
        assertThat(
                browser.findElements(By.cssSelector("#browser-checks li")).stream()
                    .map(
                        li -> li.getAttribute("data-check") + "=" + li.getAttribute("data-outcome"))
                    .toList())
            .as("entry " + index)
            .containsExactly(
                "FINGERPRINT=passed",
                "LOG_CHECKPOINT=passed",
                "LOG_INCLUSION=passed",
                "STATUS=passed");
        // The fingerprint of another entry is not at this index.
        open(
            files.url()
                + "/p"
                + index
                + ".html#"
                + entries.get(index + 1 == 70_000 ? 0 : index + 1).hex());
        await("browser-verdict", "data-verdict");
        assertThat(
                browser
                    .findElement(By.cssSelector("li[data-check=LOG_INCLUSION]"))
                    .getAttribute("data-outcome"))
            .as("entry " + index)
            .isEqualTo("failed");
      }
    }
  }

  @Test
  void onTheStaticSiteTheBrowserChecksTheSignedLogAndTheRevocationList() throws Exception {
    assertThat(staticChecks("/" + certificates.valid.value() + "#" + certificates.validFingerprint))
        .containsExactly(
            "FINGERPRINT=passed", "LOG_CHECKPOINT=passed", "LOG_INCLUSION=passed", "STATUS=passed");
    assertThat(browser.findElement(By.id("browser-verdict")).getAttribute("data-verdict"))
        .isEqualTo("valid");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Giltigt");
    screenshot("static-site-sv.png");

    assertThat(
            staticChecks(
                "/" + certificates.revoked.value() + "/en.html#" + certificates.revokedFingerprint))
        .containsExactly(
            "FINGERPRINT=passed", "LOG_CHECKPOINT=passed", "LOG_INCLUSION=passed", "STATUS=failed");
    assertThat(browser.findElement(By.id("browser-verdict")).getAttribute("data-verdict"))
        .isEqualTo("revoked");

    String altered =
        (certificates.validFingerprint.charAt(0) == '0' ? "1" : "0")
            + certificates.validFingerprint.substring(1);
    assertThat(staticChecks("/" + certificates.valid.value() + "/en.html#" + altered))
        .containsExactly(
            "FINGERPRINT=failed", "LOG_CHECKPOINT=passed", "LOG_INCLUSION=failed", "STATUS=passed");
    assertThat(browser.findElement(By.id("browser-verdict")).getAttribute("data-verdict"))
        .isEqualTo("invalid");
  }
}

package org.ocnkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.evidence.EvidenceService;
import org.ocnkit.evidence.EvidenceSignOff;
import org.ocnkit.evidence.testing.Photos;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.IssuedLink;
import org.ocnkit.learner.PlacementService;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.CriterionId;
import org.ocnkit.unit.UnitRef;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 19 in a real browser on a phone-sized window (390 x 844 CSS pixels, Debian's Chromium):
 * open a personal link, record an observation with a photo, see the criterion turn "awaiting the
 * assessor"; then the assessor signs it off (the library call behind {@code ocn evidence sign-off})
 * and it turns "met". The page fits the width without zooming. A screenshot of the filled-in form
 * goes to {@code target/screenshots/} (and {@code docs/} with {@code -Docnkit.screenshots=docs}).
 */
class SupervisorFormBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path dir;

  @Test
  void aSupervisorRecordsAnObservationWithAPhotoOnAPhone() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: the browser tests need Debian's chromium and chromium-driver");
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"), new TestClock())) {
      SampleRequests.createKeys(ws);
      UnitRef unit = LearnerFixtures.approvedUnit(ws, dir.resolve("units"));
      LearnerFixtures.placementAndAssessor(ws);
      Apprentice amina = LearnerFixtures.apprentice(ws, "Amina", "Hassan");
      Enrolment enrolment = LearnerFixtures.enrol(ws, amina, unit);
      IssuedLink link =
          new PlacementService(ws)
              .createLink("coordinator", LearnerFixtures.PLACEMENT, LearnerFixtures.SUPERVISOR, 60);
      Path photo = Files.write(dir.resolve("IMG_0042.jpg"), Photos.withExif());
      WebDriver browser = null;
      try (VerificationServer server =
          VerificationServer.start(
              ServerOptions.defaults(ws).withAddress("127.0.0.1", 0), line -> {})) {
        browser = phone();
        browser.get(link.url(server.url() + "/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Registrera bevis");
        assertThat(status(browser, "1.1")).isEqualTo("no_evidence");
        assertThat(fitsWidth(browser)).isTrue();

        Select method = new Select(browser.findElement(By.id("method-E1")));
        method.selectByValue("observation");
        browser
            .findElement(By.id("description-E1"))
            .sendKeys("Amina hälsade på tre kunder vid frukthyllan och frågade vad de sökte.");
        browser
            .findElement(By.cssSelector("#enrolment-E1 input[name=criterion][value='1.1']"))
            .click();
        browser.findElement(By.id("files-E1")).sendKeys(photo.toString());
        ((JavascriptExecutor) browser)
            .executeScript(
                "document.getElementById('description-E1').scrollIntoView({block: 'center'})");
        Screenshots.save(browser, "supervisor-form-sv.png");
        browser.findElement(By.cssSelector("#enrolment-E1 button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(30))
            .until(d -> !d.findElements(By.id("saved")).isEmpty());
        assertThat(browser.findElement(By.id("saved")).getText()).contains("Sparat som EV1");
        assertThat(status(browser, "1.1")).isEqualTo("claimed");
        assertThat(browser.findElement(By.cssSelector("li[data-criterion='1.1'] .badge")).getText())
            .isEqualTo("dokumenterat, väntar på bedömare");
        assertThat(status(browser, "1.2")).isEqualTo("no_evidence");
        assertThat(fitsWidth(browser)).isTrue();
        assertThat(new EvidenceService(ws).list(org.ocnkit.evidence.EvidenceFilter.all()))
            .singleElement()
            .satisfies(i -> assertThat(i.attachments()).hasSize(1));

        new EvidenceService(ws)
            .signOff(
                "karin",
                new EvidenceSignOff(
                    List.of(),
                    Optional.of(enrolment.id()),
                    LearnerFixtures.ASSESSOR,
                    Set.of(CriterionId.parse("1.1")),
                    Set.of(),
                    false));
        browser.navigate().refresh();
        assertThat(status(browser, "1.1")).isEqualTo("met");
      } finally {
        if (browser != null) {
          browser.quit();
        }
      }
    }
  }

  private static String status(WebDriver browser, String criterion) {
    return browser
        .findElement(By.cssSelector("li[data-criterion='" + criterion + "'] .badge"))
        .getAttribute("data-status");
  }

  /** Whether the page is no wider than the window: nothing to scroll sideways or zoom out. */
  private static boolean fitsWidth(WebDriver browser) {
    Object fits =
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
    return Boolean.TRUE.equals(fits);
  }

  private WebDriver phone() throws Exception {
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
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    options.setExperimentalOption(
        "mobileEmulation",
        Map.of(
            "deviceMetrics",
            Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "mobile", true, "touch", true)));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }
}

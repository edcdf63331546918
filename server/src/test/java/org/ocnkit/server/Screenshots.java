package org.ocnkit.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Saves what a browser shows to {@code server/target/screenshots/}; with {@code
 * -Docnkit.screenshots=docs} also to the README's {@code docs/} folder (keys and links are made
 * afresh on every run, so the pictures change each time: a plain test run leaves the committed ones
 * alone).
 */
final class Screenshots {
  private Screenshots() {}

  static void save(WebDriver browser, String name) throws Exception {
    Path module = Path.of(System.getProperty("user.dir"));
    Path target = Files.createDirectories(module.resolve("target").resolve("screenshots"));
    Path docs = module.getParent().resolve("docs");
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    if ("docs".equals(System.getProperty("ocnkit.screenshots")) && Files.isDirectory(docs)) {
      Files.copy(shot.toPath(), docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

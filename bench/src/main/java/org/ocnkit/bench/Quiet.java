package org.ocnkit.bench;

/** Keeps the libraries' logging out of the figures. */
final class Quiet {
  private Quiet() {}

  /** Log4j (used by a library on the class path) without a provider prints nothing. */
  static void libraries() {
    System.setProperty(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
  }
}

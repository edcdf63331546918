package org.ocnkit.store.internal;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log, silenced: opening a workspace must print nothing, since a CLI command's output is
 * its result. Migration failures still surface as exceptions.
 */
public final class SilentFlywayLog implements LogCreator {
  private static final Log SILENT =
      new Log() {
        @Override
        public void debug(String message) {}

        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void error(String message) {}

        @Override
        public void error(String message, Exception e) {}

        @Override
        public void notice(String message) {}
      };

  @Override
  public Log createLogger(Class<?> clazz) {
    return SILENT;
  }
}

package org.ocnkit.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Workspace#init} writes into a new workspace's {@code ocnkit.properties}.
 *
 * @param organisation the organisation's name ({@code org.name}), if known yet
 * @param databaseUrl a PostgreSQL JDBC URL ({@code db.url}); empty for the workspace's own SQLite
 *     file
 * @param databaseUser the PostgreSQL user ({@code db.user}); the password is never written, it
 *     comes from the {@code OCNKIT_DB_PASSWORD} variable
 */
public record InitOptions(
    Optional<String> organisation, Optional<String> databaseUrl, Optional<String> databaseUser) {
  public InitOptions {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(databaseUrl, "databaseUrl");
    Objects.requireNonNull(databaseUser, "databaseUser");
    organisation = organisation.map(String::strip).filter(s -> !s.isEmpty());
    databaseUrl = databaseUrl.map(String::strip).filter(s -> !s.isEmpty());
    databaseUser = databaseUser.map(String::strip).filter(s -> !s.isEmpty());
    if (databaseUser.isPresent() && databaseUrl.isEmpty()) {
      throw new IllegalArgumentException("a database user needs a database URL");
    }
  }

  /** A SQLite workspace with no organisation name yet. */
  public static InitOptions defaults() {
    return new InitOptions(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public InitOptions withOrganisation(String name) {
    return new InitOptions(Optional.of(name), databaseUrl, databaseUser);
  }

  /** A workspace whose records live in PostgreSQL at {@code url}, as {@code user} if given. */
  public InitOptions withDatabase(String url, Optional<String> user) {
    return new InitOptions(organisation, Optional.of(url), user);
  }
}

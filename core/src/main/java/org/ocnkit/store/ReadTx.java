package org.ocnkit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A read transaction: queries over one consistent snapshot of the database. Obtained from {@link
 * Store#read}; a {@link Tx write transaction} is also a {@code ReadTx}, so a method that only reads
 * takes a {@code ReadTx} and serves both.
 *
 * <p>Write portable SQL (see the package documentation): it runs on SQLite and PostgreSQL. Bind
 * values with {@code ?}; a parameter may be {@code null}, {@code String}, {@code Long}, {@code
 * Integer}, {@code Boolean} (stored 0/1), {@code byte[]}, or a {@code LocalDate}, {@code Instant},
 * {@code Period}, {@code BigDecimal} or enum, which are bound as their ISO-8601 or plain text.
 *
 * <p>Valid only inside the work it was given to, on that thread.
 */
public interface ReadTx {
  /**
   * The JDBC connection of this transaction, for queries the helpers do not cover. Committing,
   * rolling back, closing it or changing its transaction settings throws {@link
   * IllegalStateException}: the {@link Store} does that when the work returns.
   */
  Connection connection();

  /**
   * The time of this transaction, from the workspace's clock, truncated to milliseconds; the same
   * instant for every call within one transaction.
   */
  Instant now();

  /** The date of {@link #now()} in the clock's time zone. */
  LocalDate today();

  /**
   * The clock's time zone, the one {@link #today()} and every date users type are in: an instant
   * becomes a date in this zone before it is compared with one.
   */
  ZoneId zone();

  /** Every row of {@code sql}, mapped. */
  <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) throws SQLException;

  /**
   * The one row of {@code sql}, if any.
   *
   * @throws IllegalStateException when the query returns more than one row
   */
  <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) throws SQLException;

  /** The first column of the one row of {@code sql} as a long, such as {@code count(*)}. */
  long queryLong(String sql, Object... params) throws SQLException;
}

package org.ocnkit.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The current row of a query, read the same way on SQLite and PostgreSQL: integers as {@code long}
 * or {@code int}, text as {@code String}, dates and instants parsed from their ISO-8601 text,
 * booleans from 0/1. Getters named {@code get...} refuse NULL ({@link IllegalStateException},
 * naming the column); {@code opt...} getters return an empty value for NULL.
 *
 * <p>Valid only inside the {@link RowMapper} call that received it.
 */
public final class Row {
  private final ResultSet rs;

  Row(ResultSet rs) {
    this.rs = rs;
  }

  /** The JDBC result set positioned on this row, for anything the getters do not cover. */
  public ResultSet resultSet() {
    return rs;
  }

  public long getLong(String column) throws SQLException {
    long v = rs.getLong(column);
    requireNotNull(column);
    return v;
  }

  /** Column {@code index} (1-based) as a long, such as the result of {@code count(*)}. */
  public long getLong(int index) throws SQLException {
    long v = rs.getLong(index);
    requireNotNull("#" + index);
    return v;
  }

  public int getInt(String column) throws SQLException {
    int v = rs.getInt(column);
    requireNotNull(column);
    return v;
  }

  public OptionalLong optLong(String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /** A column holding 0 or 1. */
  public boolean getBoolean(String column) throws SQLException {
    return getLong(column) != 0;
  }

  public String getString(String column) throws SQLException {
    String v = rs.getString(column);
    requireNotNull(column);
    return v;
  }

  /** Column {@code index} (1-based) as text. */
  public String getString(int index) throws SQLException {
    String v = rs.getString(index);
    requireNotNull("#" + index);
    return v;
  }

  public Optional<String> optString(String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  /** A column holding an ISO-8601 date such as {@code 2025-03-01}. */
  public LocalDate getLocalDate(String column) throws SQLException {
    return LocalDate.parse(getString(column));
  }

  public Optional<LocalDate> optLocalDate(String column) throws SQLException {
    return optString(column).map(LocalDate::parse);
  }

  /** A column holding an ISO-8601 instant such as {@code 2025-03-01T09:30:00.000Z}. */
  public Instant getInstant(String column) throws SQLException {
    return Instant.parse(getString(column));
  }

  public Optional<Instant> optInstant(String column) throws SQLException {
    return optString(column).map(Instant::parse);
  }

  /** A column holding an enum constant's name. */
  public <E extends Enum<E>> E getEnum(String column, Class<E> type) throws SQLException {
    return Enum.valueOf(type, getString(column));
  }

  public Optional<byte[]> optBytes(String column) throws SQLException {
    return Optional.ofNullable(rs.getBytes(column));
  }

  public boolean isNull(String column) throws SQLException {
    rs.getObject(column);
    return rs.wasNull();
  }

  private void requireNotNull(String column) throws SQLException {
    if (rs.wasNull()) {
      throw new IllegalStateException("column " + column + " is NULL");
    }
  }
}

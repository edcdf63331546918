package org.ocnkit.store.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The portable value types of the store and their conversion to and from JDBC, identical on SQLite
 * and PostgreSQL. A stored value is one of: NULL, an integer ({@code INTEGER}/{@code BIGINT}), a
 * text ({@code TEXT}) or bytes ({@code ${binary}}). Dates, instants, periods, decimals and enums
 * are stored as their ISO-8601 or plain text; booleans as 0 or 1.
 */
public final class SqlValues {
  /**
   * How an instant is stored: UTC, always three fraction digits ({@code 2025-03-01T09:30:00.000Z}),
   * so that text order is time order. Finer precision is dropped.
   */
  public static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private SqlValues() {}

  /** Binds {@code value} as parameter {@code index}, converting it to a portable type. */
  public static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NULL);
    } else if (value instanceof String s) {
      ps.setString(index, s);
    } else if (value instanceof Long l) {
      ps.setLong(index, l);
    } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      ps.setInt(index, ((Number) value).intValue());
    } else if (value instanceof Boolean b) {
      ps.setInt(index, b ? 1 : 0);
    } else if (value instanceof byte[] bytes) {
      ps.setBytes(index, bytes);
    } else {
      ps.setString(index, asText(value, "parameter " + index));
    }
  }

  /**
   * The text form of a value stored as text: ISO-8601 for dates ({@code 2025-03-01}), instants
   * ({@link #INSTANT 2025-03-01T09:30:00.000Z}), periods and durations; plain digits for decimals;
   * the constant name for enums.
   */
  public static String asText(Object value, String where) {
    if (value instanceof LocalDate d) {
      return d.toString();
    } else if (value instanceof Instant i) {
      return INSTANT.format(i);
    } else if (value instanceof Period || value instanceof Duration) {
      return value.toString();
    } else if (value instanceof BigDecimal d) {
      return d.toPlainString();
    } else if (value instanceof Enum<?> e) {
      return e.name();
    } else if (value instanceof CharSequence s) {
      return s.toString();
    }
    throw new IllegalArgumentException(
        "cannot store a "
            + value.getClass().getName()
            + " ("
            + where
            + "): use String, Long,"
            + " Integer, Boolean, byte[], LocalDate, Instant, Period, BigDecimal or an enum");
  }

  /**
   * The canonical form of a value read from either engine: {@code null}, a {@link Long}, a {@link
   * String} or a {@code byte[]}.
   *
   * @throws IllegalStateException for a type the storage conventions forbid (floating point,
   *     engine-specific dates), naming the column
   */
  public static Object canonical(Object value, String column) {
    if (value == null || value instanceof String || value instanceof byte[]) {
      return value;
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (value instanceof BigInteger i) {
      return i.longValueExact();
    }
    if (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
      return d.longValueExact();
    }
    throw new IllegalStateException(
        "column "
            + column
            + " holds a "
            + value.getClass().getName()
            + "; the storage conventions allow only INTEGER/BIGINT, TEXT and binary columns");
  }

  /** The current row of {@code rs}: lowercase column names, sorted, with canonical values. */
  public static SortedMap<String, Object> readRow(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    SortedMap<String, Object> row = new TreeMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
      row.put(name, canonical(rs.getObject(i), name));
    }
    return row;
  }

  /**
   * {@code name} if it is a plain lowercase SQL identifier, else {@link IllegalArgumentException}.
   */
  public static String identifier(String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "not a table or column name (lowercase letters, digits, underscores): " + name);
    }
    return name;
  }
}

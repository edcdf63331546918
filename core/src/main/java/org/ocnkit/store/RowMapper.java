package org.ocnkit.store;

import java.sql.SQLException;

/**
 * Turns the current row of a query into a value, such as {@code row -> new
 * Member(row.getLong("id"), row.getString("name"))}.
 */
@FunctionalInterface
public interface RowMapper<T> {
  T map(Row row) throws SQLException;
}

package org.ocnkit.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Which audit events to list.
 *
 * @param entity one record ({@code unit_version:3}) or, without a colon, every record of a table
 *     ({@code unit_version}); empty for all events
 * @param limit at most this many events, the most recent ones
 */
public record AuditQuery(Optional<String> entity, int limit) {
  /** Every event. */
  public static final AuditQuery ALL = new AuditQuery(Optional.empty(), Integer.MAX_VALUE);

  public AuditQuery {
    Objects.requireNonNull(entity, "entity");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, got " + limit);
    }
  }

  /** The events of one record ({@code table:id}) or of one table. */
  public static AuditQuery entity(String entity) {
    return new AuditQuery(Optional.of(entity), Integer.MAX_VALUE);
  }

  /** The same query limited to the last {@code n} events. */
  public AuditQuery last(int n) {
    return new AuditQuery(entity, n);
  }
}

package org.ocnkit.store;

import java.sql.SQLException;
import java.util.Map;

/**
 * A write transaction, obtained from {@link Store#write}. Every change to an audited table goes
 * through {@link #insert} or {@link #update}, which append an event to the audit chain with the
 * digest of the row as it now stands; {@link #event} records something that is not a row change.
 * There is no delete: records are never removed, a correction is a new record.
 *
 * <p>Write transactions are serialized across threads and processes, on SQLite and PostgreSQL
 * alike: what a write transaction reads cannot change under it before it commits. If the work
 * throws, everything it wrote is rolled back, audit events included.
 *
 * <p>Valid only inside the work it was given to, on that thread.
 */
public interface Tx extends ReadTx {
  /** Who makes this change, as recorded in the audit chain. */
  String actor();

  /**
   * Inserts a row, reads it back and appends an event with its digest.
   *
   * @param table an audited table (any table except the audit tables, {@code flyway_schema_history}
   *     and the tables listed in {@code audit_exempt})
   * @param values column to value; the database assigns the {@code id} (give one only in a table
   *     whose ids all come from elsewhere: PostgreSQL does not advance its sequence past it)
   * @param action what happened, lowercase and dotted: {@code unit.import}, {@code panel.vote}
   * @return the new row's {@code id}
   */
  long insert(String table, Map<String, ?> values, String action) throws SQLException;

  /**
   * Updates columns of one row, reads it back and appends an event with its new digest.
   *
   * @param values column to new value; not {@code id}, at least one
   * @throws IllegalArgumentException when the row does not exist
   */
  void update(String table, long id, Map<String, ?> values, String action) throws SQLException;

  /**
   * Appends an event that is not a row change, such as a sample plan drawn or a document issued.
   * The event's digest is the SHA-256 of {@code detail}, which is stored with it.
   *
   * @param entity what the event is about: {@code table:id} of a record, or another stable name
   *     such as {@code moderation-plan:2025-Q1}
   * @param detail the event's content, typically a small JSON object or a hash
   * @return the event's sequence number
   */
  long event(String action, String entity, String detail) throws SQLException;

  /**
   * Runs an INSERT or UPDATE without an audit event, for the tables exempt from the audit (such as
   * the transparency log's node table, whose integrity its Merkle tree proves). Writing an audited
   * table this way makes {@code audit verify} fail, as it should.
   *
   * @return the number of rows changed
   */
  int executeUnaudited(String sql, Object... params) throws SQLException;
}

package org.ocnkit.learner;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Tx;

/**
 * Supervisors' personal links at the level of transactions: the rows of {@code supervisor_link} and
 * their SQL. The evidence package opens a link inside its own transaction ({@code SupervisorForm});
 * everything else goes through {@link PlacementService}.
 */
public final class SupervisorLinkRecords {
  private static final String SELECT =
      "SELECT l.id, l.placement_id, p.code AS placement_code,"
          + " l.supervisor_id, s.code AS supervisor_code, s.name AS supervisor_name, l.created_at,"
          + " l.expires_at, l.revoked_at, l.last_used_at FROM supervisor_link l"
          + " JOIN placement p ON p.id = l.placement_id JOIN supervisor s ON s.id = l.supervisor_id";

  /** A new row of {@code supervisor_link}: only the secret's SHA-256 is stored. */
  record LinkRow(
      long supervisor, long placement, String secretSha256, Instant createdAt, Instant expiresAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("supervisor_id", supervisor);
      row.put("placement_id", placement);
      row.put("secret_sha256", secretSha256);
      row.put("created_at", createdAt);
      row.put("expires_at", expiresAt);
      return row;
    }
  }

  /** The last use of a link. */
  record UsedRow(Instant lastUsedAt) {
    Map<String, Object> columns() {
      return Map.of("last_used_at", lastUsedAt);
    }
  }

  /** A link revoked. */
  record RevokedRow(Instant revokedAt) {
    Map<String, Object> columns() {
      return Map.of("revoked_at", revokedAt);
    }
  }

  private SupervisorLinkRecords() {}

  /**
   * The link with this secret if it works now, without recording a use: to learn who acts before a
   * write transaction that then {@linkplain #open opens} it.
   */
  public static Optional<SupervisorLink> find(ReadTx tx, LinkSecret secret) throws SQLException {
    Optional<SupervisorLink> link =
        tx.queryOne(
            SELECT + " WHERE l.secret_sha256 = ?", SupervisorLinkRecords::link, secret.sha256());
    return link.filter(l -> l.activeAt(tx.now()));
  }

  /**
   * The link with this secret if it works now, recording its use; empty for a wrong, expired or
   * revoked link alike, so that the caller cannot tell them apart.
   */
  public static Optional<SupervisorLink> open(Tx tx, LinkSecret secret) throws SQLException {
    Optional<SupervisorLink> link = find(tx, secret);
    if (link.isPresent()) {
      tx.update(
          "supervisor_link",
          link.get().id().value(),
          new UsedRow(tx.now()).columns(),
          SupervisorLinks.ACTION_USE);
      return Optional.of(require(tx, link.get().id()));
    }
    return Optional.empty();
  }

  /** The link, or {@link InvalidInputException} saying there is none with that id. */
  public static SupervisorLink require(ReadTx tx, LinkId id) throws SQLException {
    return tx.queryOne(SELECT + " WHERE l.id = ?", SupervisorLinkRecords::link, id.value())
        .orElseThrow(() -> new InvalidInputException(Apprentices.msg("link.unknown", id)));
  }

  /** Every link, in the database's order. */
  static List<SupervisorLink> all(ReadTx tx) throws SQLException {
    return tx.query(SELECT, SupervisorLinkRecords::link);
  }

  /** Stores a new link; returns its id. */
  static long insert(Tx tx, LinkRow row) throws SQLException {
    return tx.insert("supervisor_link", row.columns(), SupervisorLinks.ACTION_CREATE);
  }

  /** Marks the link revoked now. */
  static void revoke(Tx tx, LinkId id) throws SQLException {
    tx.update(
        "supervisor_link",
        id.value(),
        new RevokedRow(tx.now()).columns(),
        SupervisorLinks.ACTION_REVOKE);
  }

  private static SupervisorLink link(Row row) throws SQLException {
    return new SupervisorLink(
        new LinkId(row.getLong("id")),
        row.getLong("placement_id"),
        new Code(row.getString("placement_code")),
        row.getLong("supervisor_id"),
        new Code(row.getString("supervisor_code")),
        row.getString("supervisor_name"),
        row.getInstant("created_at"),
        row.getInstant("expires_at"),
        row.optInstant("revoked_at"),
        row.optInstant("last_used_at"));
  }
}

package org.ocnkit.learner;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Store;
import org.ocnkit.store.Tx;

/**
 * Personal links for supervisors: a coordinator creates one for one supervisor of one placement,
 * hands it over (printed, as a QR code), and revokes it when needed. The link is the only
 * credential the supervisor needs on the web form of {@code ocn serve}; it holds a {@link
 * LinkSecret} whose SHA-256 alone is stored.
 *
 * <p>A link works ({@link #open}) only while it is neither expired nor revoked, and only for its
 * supervisor at its placement. Which enrolments it shows and what may be recorded through it is
 * the evidence package's rule ({@code org.ocnkit.evidence.SupervisorForm}). Creating, revoking
 * and every use are audited; a link that does not work tells nobody why.
 */
public final class SupervisorLinks {
  /** Audit action of a link created. */
  public static final String ACTION_CREATE = "learner.link-create";
  /** Audit action of a link revoked. */
  public static final String ACTION_REVOKE = "learner.link-revoke";
  /** Audit action of a link used to open the form. */
  public static final String ACTION_USE = "learner.link-use";
  /** The path under the server's address where links live: {@code handledare/SECRET}. */
  public static final String PATH = "handledare/";
  /** Days a link works unless told otherwise. */
  public static final int DEFAULT_DAYS = 60;
  /** The longest a link may work: one year. */
  public static final int MAX_DAYS = 366;
  static final String ACTOR_SUFFIX = "personal link";

  private static final String SELECT = "SELECT l.id, l.placement_id, p.code AS placement_code,"
      + " l.supervisor_id, s.code AS supervisor_code, s.name AS supervisor_name, l.created_at,"
      + " l.expires_at, l.revoked_at, l.last_used_at FROM supervisor_link l"
      + " JOIN placement p ON p.id = l.placement_id JOIN supervisor s ON s.id = l.supervisor_id";

  private SupervisorLinks() {}

  /**
   * Creates a link for {@code supervisor} at {@code placement}, working for {@code days} days.
   *
   * @throws InvalidInputException when the placement is unknown, the supervisor does not work
   *     there, or {@code days} is not 1 to {@value #MAX_DAYS}
   */
  public static IssuedLink create(Store store, String actor, Code placement, Code supervisor,
      int days) {
    return store.write(actor, tx -> {
      List<Problem> problems = new ArrayList<>();
      if (days < 1 || days > MAX_DAYS) {
        problems.add(new Problem("", Apprentices.msg("link.days", days, MAX_DAYS)));
      }
      Placement p = Placements.require(tx, placement);
      Optional<Supervisor> s = p.supervisor(supervisor);
      if (s.isEmpty()) {
        problems.add(new Problem("", Apprentices.msg("link.notSupervisor", supervisor,
            placement, String.join(", ", p.supervisors().stream()
                .map(x -> x.code().value()).toList()))));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      LinkSecret secret = LinkSecret.random();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("supervisor_id", s.get().id());
      row.put("placement_id", p.id());
      row.put("secret_sha256", secret.sha256());
      row.put("created_at", tx.now());
      row.put("expires_at", tx.now().plus(Duration.ofDays(days)));
      long id = tx.insert("supervisor_link", row, ACTION_CREATE);
      return new IssuedLink(require(tx, new LinkId(id)), secret);
    });
  }

  /** The links that work now (or every link, with {@code all}), by id. */
  public static List<SupervisorLink> list(Store store, boolean all) {
    return store.read(tx -> {
      Instant now = tx.now();
      List<SupervisorLink> links = new ArrayList<>();
      for (SupervisorLink l : tx.query(SELECT, SupervisorLinks::link)) {
        if (all || l.activeAt(now)) {
          links.add(l);
        }
      }
      links.sort(Comparator.comparing(SupervisorLink::id));
      return links;
    });
  }

  /**
   * Revokes a link at once: from the next request on it opens nothing.
   *
   * @throws InvalidInputException when there is no such link
   * @throws RefusedException when it was already revoked
   */
  public static SupervisorLink revoke(Store store, String actor, LinkId id) {
    return store.write(actor, tx -> {
      SupervisorLink link = require(tx, id);
      if (link.revokedAt().isPresent()) {
        throw new RefusedException(Apprentices.msg("link.alreadyRevoked", id,
            link.revokedAt().get().toString()));
      }
      tx.update("supervisor_link", id.value(), Map.of("revoked_at", tx.now()), ACTION_REVOKE);
      return require(tx, id);
    });
  }

  /**
   * The link with this secret if it works now, without recording a use: to learn who acts before
   * a write transaction that then {@linkplain #open opens} it.
   */
  public static Optional<SupervisorLink> find(ReadTx tx, LinkSecret secret) throws SQLException {
    Optional<SupervisorLink> link = tx.queryOne(SELECT + " WHERE l.secret_sha256 = ?",
        SupervisorLinks::link, secret.sha256());
    return link.filter(l -> l.activeAt(tx.now()));
  }

  /**
   * The link with this secret if it works now, recording its use; empty for a wrong, expired or
   * revoked link alike, so that the caller cannot tell them apart.
   */
  public static Optional<SupervisorLink> open(Tx tx, LinkSecret secret) throws SQLException {
    Optional<SupervisorLink> link = find(tx, secret);
    if (link.isPresent()) {
      tx.update("supervisor_link", link.get().id().value(), Map.of("last_used_at", tx.now()),
          ACTION_USE);
      return Optional.of(require(tx, link.get().id()));
    }
    return Optional.empty();
  }

  /** The link, or {@link InvalidInputException} saying there is none with that id. */
  public static SupervisorLink require(ReadTx tx, LinkId id) throws SQLException {
    return tx.queryOne(SELECT + " WHERE l.id = ?", SupervisorLinks::link, id.value())
        .orElseThrow(() -> new InvalidInputException(Apprentices.msg("link.unknown", id)));
  }

  /** {@code baseUrl} (with or without its final {@code /}) + {@code handledare/SECRET}. */
  static String url(String baseUrl, LinkSecret secret) {
    return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + PATH + secret.reveal();
  }

  private static SupervisorLink link(Row row) throws SQLException {
    return new SupervisorLink(new LinkId(row.getLong("id")), row.getLong("placement_id"),
        new Code(row.getString("placement_code")), row.getLong("supervisor_id"),
        new Code(row.getString("supervisor_code")), row.getString("supervisor_name"),
        row.getInstant("created_at"), row.getInstant("expires_at"),
        row.optInstant("revoked_at"), row.optInstant("last_used_at"));
  }
}

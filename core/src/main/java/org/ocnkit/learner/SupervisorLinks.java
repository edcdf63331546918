package org.ocnkit.learner;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.store.Store;

/**
 * Personal links for supervisors: a coordinator creates one for one supervisor of one placement,
 * hands it over (printed, as a QR code), and revokes it when needed. The link is the only
 * credential the supervisor needs on the web form of {@code ocn serve}; it holds a {@link
 * LinkSecret} whose SHA-256 alone is stored.
 *
 * <p>A link works ({@link SupervisorLinkRecords#open}) only while it is neither expired nor
 * revoked, and only for its supervisor at its placement. Which enrolments it shows and what may be
 * recorded through it is the evidence package's rule ({@code org.ocnkit.evidence.SupervisorForm}).
 * Creating, revoking and every use are audited; a link that does not work tells nobody why.
 * Creating, listing and revoking are {@link PlacementService}'s; the transaction-level lookups are
 * {@link SupervisorLinkRecords}'s.
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

  private SupervisorLinks() {}

  /**
   * Creates a link for {@code supervisor} at {@code placement}, working for {@code days} days.
   *
   * @throws InvalidInputException when the placement is unknown, the supervisor does not work
   *     there, or {@code days} is not 1 to {@value #MAX_DAYS}
   */
  static IssuedLink create(Store store, String actor, Code placement, Code supervisor, int days) {
    return store.write(
        actor,
        tx -> {
          List<Problem> problems = new ArrayList<>();
          if (days < 1 || days > MAX_DAYS) {
            problems.add(new Problem("", Apprentices.msg("link.days", days, MAX_DAYS)));
          }
          Placement p = Placements.require(tx, placement);
          Optional<Supervisor> s = p.supervisor(supervisor);
          if (s.isEmpty()) {
            problems.add(
                new Problem(
                    "",
                    Apprentices.msg(
                        "link.notSupervisor",
                        supervisor,
                        placement,
                        String.join(
                            ", ", p.supervisors().stream().map(x -> x.code().value()).toList()))));
          }
          if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
          }
          LinkSecret secret = LinkSecret.random();
          long id =
              SupervisorLinkRecords.insert(
                  tx,
                  new SupervisorLinkRecords.LinkRow(
                      s.get().id(),
                      p.id(),
                      secret.sha256(),
                      tx.now(),
                      tx.now().plus(Duration.ofDays(days))));
          return new IssuedLink(SupervisorLinkRecords.require(tx, new LinkId(id)), secret);
        });
  }

  /** The links that work now (or every link, with {@code all}), by id. */
  static List<SupervisorLink> list(Store store, boolean all) {
    return store.read(
        tx -> {
          Instant now = tx.now();
          List<SupervisorLink> links = new ArrayList<>();
          for (SupervisorLink l : SupervisorLinkRecords.all(tx)) {
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
  static SupervisorLink revoke(Store store, String actor, LinkId id) {
    return store.write(
        actor,
        tx -> {
          SupervisorLink link = SupervisorLinkRecords.require(tx, id);
          if (link.revokedAt().isPresent()) {
            throw new RefusedException(
                Apprentices.msg("link.alreadyRevoked", id, link.revokedAt().get().toString()));
          }
          SupervisorLinkRecords.revoke(tx, id);
          return SupervisorLinkRecords.require(tx, id);
        });
  }

  /** {@code baseUrl} (with or without its final {@code /}) + {@code handledare/SECRET}. */
  static String url(String baseUrl, LinkSecret secret) {
    return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + PATH + secret.reveal();
  }
}

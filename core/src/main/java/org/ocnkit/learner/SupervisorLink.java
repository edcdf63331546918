package org.ocnkit.learner;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A supervisor's personal link as stored: for whom and where, when it expires, whether it was
 * revoked and when it was last used. Holds no secret.
 *
 * @param placementId the placement's row id
 * @param supervisorId the supervisor's row id
 */
public record SupervisorLink(
    LinkId id,
    long placementId,
    Code placement,
    long supervisorId,
    Code supervisor,
    String supervisorName,
    Instant createdAt,
    Instant expiresAt,
    Optional<Instant> revokedAt,
    Optional<Instant> lastUsedAt) {
  public SupervisorLink {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(supervisor, "supervisor");
    Objects.requireNonNull(supervisorName, "supervisorName");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
    Objects.requireNonNull(lastUsedAt, "lastUsedAt");
  }

  /** Whether the link works at {@code now}: not revoked and not yet expired. */
  public boolean activeAt(Instant now) {
    return revokedAt.isEmpty() && now.isBefore(expiresAt);
  }

  /** The actor the audit history names for what is done through this link. */
  public String actor() {
    return supervisor.value() + " (" + SupervisorLinks.ACTOR_SUFFIX + ")";
  }
}

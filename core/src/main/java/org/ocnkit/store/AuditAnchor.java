package org.ocnkit.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit chain's head as it was at some moment, kept outside the database (issue 15 §3): the
 * last event's sequence number, time, action and hash. A hash chain cannot notice the loss of its
 * own tail; a copy of its head kept elsewhere can. {@link Workspace#verifyAudit(java.util.List)}
 * reports a rollback when the chain no longer reaches an anchor's event, or reaches a different
 * one.
 *
 * <p>Its text form is one line, {@code ocnkit-audit-head <seq> <at> <action> <hash>}, fit for an
 * extension line of a C2SP signed checkpoint or a backup's manifest.
 *
 * @param seq the anchored event's sequence number (1, 2, 3 ...)
 * @param at when the anchored event was recorded
 * @param action the anchored event's action, such as {@code certificate.issue}
 * @param hash the anchored event's hash, 64 lowercase hex digits
 */
public record AuditAnchor(long seq, Instant at, String action, String hash) {
  /** The first word of an anchor line. */
  public static final String KEYWORD = "ocnkit-audit-head";

  private static final Pattern LINE =
      Pattern.compile(
          Pattern.quote(KEYWORD) + " ([1-9][0-9]{0,18}) (\\S+) ([a-z0-9_.-]+) ([0-9a-f]{64})");

  public AuditAnchor {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(hash, "hash");
    if (seq < 1) {
      throw new IllegalArgumentException("an anchored event has a sequence number >= 1: " + seq);
    }
    if (!action.matches("[a-z0-9_.-]+") || !hash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "not an audit event's action and hash: " + action + " " + hash);
    }
  }

  /** The anchor of {@code event}. */
  public static AuditAnchor of(AuditEvent event) {
    return new AuditAnchor(event.seq(), event.at(), event.action(), event.hash());
  }

  /** The one-line text form. */
  public String line() {
    return KEYWORD + " " + seq + " " + at + " " + action + " " + hash;
  }

  /** The anchor a line holds, or empty when the line is not an anchor line. */
  public static Optional<AuditAnchor> parse(String line) {
    Matcher m = LINE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new AuditAnchor(
              Long.parseLong(m.group(1)), Instant.parse(m.group(2)), m.group(3), m.group(4)));
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}

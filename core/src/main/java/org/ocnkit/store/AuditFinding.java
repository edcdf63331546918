package org.ocnkit.store;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import org.ocnkit.Message;

/**
 * One thing the audit verification found wrong.
 *
 * @param kind what is wrong
 * @param seq the audit event it concerns; empty for a record that has no event at all
 * @param entity the record or subject ({@code unit_version:3}); empty when none applies
 * @param action the event's action; empty when none applies
 * @param message the finding in plain words, in Swedish or English
 */
public record AuditFinding(
    Kind kind, OptionalLong seq, String entity, String action, Message message) {
  /** What can be wrong. */
  public enum Kind {
    /** Events are missing before this one: its sequence number does not follow the previous. */
    EVENT_MISSING,
    /**
     * The chain no longer reaches an event anchored outside the database (a signed checkpoint, a
     * backup's manifest), or holds another event there: its tail was rolled back.
     */
    ROLLBACK,
    /** The event's stored hash does not match its fields: it was edited (or moved). */
    EVENT_ALTERED,
    /** The event does not chain to the one before it: events were removed, added or reordered. */
    CHAIN_BROKEN,
    /** The event's time is earlier than the previous event's: the clock was set back. */
    TIME_BACKWARDS,
    /** The detail of an event no longer matches its digest. */
    DETAIL_ALTERED,
    /** The chain's head row is missing or does not match the chain's last event. */
    HEAD_MISMATCH,
    /** A record differs from the state its last event recorded. */
    RECORD_ALTERED,
    /** An event recorded a record that no longer exists. */
    RECORD_MISSING,
    /** A record exists that no event recorded. */
    RECORD_WITHOUT_EVENT,
    /** A stored attachment's file is missing. */
    ATTACHMENT_MISSING,
    /** A stored attachment's file no longer has the content that was stored. */
    ATTACHMENT_ALTERED
  }

  public AuditFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(seq, "seq");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(message, "message");
  }

  public String describe(Locale locale) {
    return message.format(locale);
  }

  @Override
  public String toString() {
    return message.toString();
  }
}

package org.ocnkit.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One event of the audit chain.
 *
 * @param seq its position in the chain: 1, 2, 3 ... without gaps
 * @param at when the transaction that appended it ran
 * @param actor who made the change
 * @param action what happened, such as {@code unit.import}
 * @param entity what it is about: {@code table:id} for a record
 * @param digest the SHA-256 of the record's state after the change, or of {@code detail}
 * @param detail the content of an event that is not a row change; empty for row changes
 * @param prevHash the previous event's hash (64 zeros for the first)
 * @param hash this event's hash, over {@code prevHash} and its own fields
 */
public record AuditEvent(
    long seq,
    Instant at,
    String actor,
    String action,
    String entity,
    String digest,
    Optional<String> detail,
    String prevHash,
    String hash) {}

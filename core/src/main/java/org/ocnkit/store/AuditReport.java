package org.ocnkit.store;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.Message;

/**
 * The result of recomputing the audit chain, every audited record's digest and every attachment's
 * hash.
 *
 * <p>What it proves: nobody changed, added, removed or reordered anything since it was written,
 * unless they also rewrote every later event and the head consistently, which needs write access to
 * the database and knowledge of the hash rules. Keep {@link #headHash()} somewhere else (it is
 * printed by {@code ocn audit verify}) to detect even that: a rewritten chain ends in another hash.
 *
 * @param events the number of events checked
 * @param records the number of audited records checked
 * @param attachments the number of attachment files re-hashed
 * @param headHash the hash of the last event (64 zeros for an empty chain)
 * @param exemptTables tables exempt from the audit, as the migrations declared them
 * @param findings everything found wrong, in chain order (a record without any event last)
 */
public record AuditReport(
    long events,
    long records,
    long attachments,
    String headHash,
    List<String> exemptTables,
    List<AuditFinding> findings) {
  private static final Comparator<AuditFinding> CHAIN_ORDER =
      Comparator.comparingLong(f -> f.seq().orElse(Long.MAX_VALUE));

  public AuditReport {
    Objects.requireNonNull(headHash, "headHash");
    exemptTables = List.copyOf(exemptTables);
    findings = findings.stream().sorted(CHAIN_ORDER).toList();
  }

  /** Whether nothing was found wrong. */
  public boolean intact() {
    return findings.isEmpty();
  }

  /** The first entry, in chain order, that does not match. */
  public Optional<AuditFinding> firstProblem() {
    return findings.stream().findFirst();
  }

  /**
   * One sentence: intact with the counts and the head hash, or broken with the number of findings
   * (show {@link #firstProblem()} after it).
   */
  public Message summary() {
    return intact()
        ? Message.of(
            AuditReport.class,
            "audit.intact",
            String.valueOf(events),
            String.valueOf(records),
            String.valueOf(attachments),
            headHash)
        : Message.of(AuditReport.class, "audit.broken", String.valueOf(findings.size()));
  }

  /** The summary and every finding, one per line, in {@code locale}. */
  public String describe(Locale locale) {
    StringBuilder text = new StringBuilder(summary().format(locale));
    findings.forEach(f -> text.append('\n').append(f.describe(locale)));
    return text.toString();
  }
}

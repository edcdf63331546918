package org.ocnkit.evidence;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Erasure;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.store.Attachments;
import org.ocnkit.store.Store;
import org.ocnkit.store.Tx;

/**
 * Erases an apprentice's personal data (DESIGN §4) in one transaction: {@link LearnerRecords#erase}
 * clears name, birth date, the personal identity number's hash and the disability flag; here, every
 * occurrence of the person's name in the free text of their evidence (descriptions and correction
 * reasons) and in the reasons their units' sign-offs were withdrawn is replaced by {@link #MARKER},
 * and the file names of their attachments by neutral ones. Every change is an audited update, so
 * {@code ocn audit verify} still passes; the audit events hold digests, never the erased values.
 *
 * <p>Redacting a signed-off item's text is the one change a locked item ever undergoes: the law's
 * right to erasure outranks the lock. Its criteria, dates, judgements and sign-off stay as they
 * were, so progress, achievements and certificates keep working by the apprentice's id. Files in
 * {@code evidence/} (photos, documents) are not deleted: they are evidence, named by their hash,
 * and the audit re-hashes them; a programme that must remove such a file does so by its own
 * procedure.
 */
public final class ApprenticeErasure {
  /** What replaces the name in evidence text. */
  public static final String MARKER = Erasure.MARKER;

  /** Audit action of the redaction of an evidence item or attachment name. */
  public static final String ACTION_REDACT = "evidence.redact";

  /** The free-text columns of an {@code evidence_item} that a redaction changes, if any. */
  record RedactedRow(Optional<String> description, Optional<String> supersedeReason) {
    boolean changes() {
      return description.isPresent() || supersedeReason.isPresent();
    }

    Map<String, Object> columns() {
      Map<String, Object> changed = new HashMap<>();
      description.ifPresent(d -> changed.put("description", d));
      supersedeReason.ifPresent(r -> changed.put("supersede_reason", r));
      return changed;
    }
  }

  private ApprenticeErasure() {}

  /**
   * Erases the apprentice's personal data and redacts the evidence package's text only; front ends
   * call {@code org.ocnkit.erasure.PersonalDataErasure}, which redacts every package's.
   *
   * @throws org.ocnkit.RefusedException when it was already erased
   * @throws org.ocnkit.InvalidInputException when there is no such apprentice
   */
  static ErasureReport erase(Store store, String actor, ApprenticeId apprentice) {
    return store.write(actor, tx -> erase(tx, apprentice));
  }

  /** {@link #erase(Store, String, ApprenticeId)} within a transaction. */
  static ErasureReport erase(Tx tx, ApprenticeId apprentice) throws SQLException {
    return redact(tx, LearnerRecords.erase(tx, apprentice));
  }

  /**
   * Redacts what the evidence package holds about an apprentice just erased with {@link
   * LearnerRecords#erase}, in the same transaction: their name in evidence text and sign-off
   * withdrawal reasons, and their attachments' file names.
   */
  static ErasureReport redact(Tx tx, Erasure erasure) throws SQLException {
    ApprenticeId apprentice = erasure.id();
    int items = 0;
    for (EvidenceItem item : EvidenceListing.ofApprentice(tx, apprentice)) {
      String description = erasure.redact(item.description());
      Optional<String> reason = item.supersedeReason().map(erasure::redact);
      RedactedRow changed =
          new RedactedRow(
              Optional.of(description).filter(d -> !d.equals(item.description())),
              reason.filter(r -> !reason.equals(item.supersedeReason())));
      if (changed.changes()) {
        tx.update("evidence_item", item.id().value(), changed.columns(), ACTION_REDACT);
        items++;
      }
    }
    int files = 0;
    for (EvidenceItem item : EvidenceListing.ofApprentice(tx, apprentice)) {
      for (AttachedFile file : item.attachments()) {
        String neutral = "bilaga-" + file.attachmentId() + extension(file.name());
        if (!file.name().equals(neutral)) {
          Attachments.rename(tx, file.attachmentId(), neutral, ACTION_REDACT);
          files++;
        }
      }
    }
    return new ErasureReport(apprentice, items, files);
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
  }
}

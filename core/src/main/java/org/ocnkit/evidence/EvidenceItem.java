package org.ocnkit.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.unit.AssessmentMethod;

/**
 * A piece of evidence for one enrolment (DESIGN §3): when and how it was gathered, what was seen,
 * the criteria it covers with the recorder's claim and the assessor's judgement, who recorded it,
 * attached files, and where it stands: waiting for sign-off, signed off (locked), or superseded by
 * a correction.
 *
 * @param supersedes the item this one corrects, with {@code supersedeReason}
 * @param supersededBy the item that corrects this one; a superseded item no longer counts
 */
public record EvidenceItem(
    EvidenceItemId id,
    EnrolmentId enrolment,
    LocalDate date,
    AssessmentMethod method,
    String description,
    List<CoveredCriterion> criteria,
    Recorder recordedBy,
    Instant recordedAt,
    Source source,
    List<AttachedFile> attachments,
    Optional<EvidenceItemId> supersedes,
    Optional<String> supersedeReason,
    Optional<EvidenceItemId> supersededBy,
    Optional<SignOff> signOff) {
  /** How an item came in. Stored as the constant's name. */
  public enum Source {
    /** {@code ocn evidence add} or the library call behind it. */
    COMMAND,
    /** A row of a supervisor workbook. */
    WORKBOOK,
    /**
     * The web form a supervisor opens with their personal link ({@code SupervisorForm}, through
     * {@link EvidenceService}).
     */
    WEB
  }

  public EvidenceItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(description, "description");
    criteria = List.copyOf(criteria);
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(source, "source");
    attachments = List.copyOf(attachments);
    Objects.requireNonNull(supersedes, "supersedes");
    Objects.requireNonNull(supersedeReason, "supersedeReason");
    Objects.requireNonNull(supersededBy, "supersededBy");
    Objects.requireNonNull(signOff, "signOff");
  }

  /** Whether a qualified assessor signed it off; it is locked then. */
  public boolean signedOff() {
    return signOff.isPresent();
  }

  /** Whether it still counts: not superseded by a correction. */
  public boolean current() {
    return supersededBy.isEmpty();
  }
}

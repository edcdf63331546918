package org.ocnkit.evidence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CriterionId;

/**
 * An evidence item to be recorded. Build it with {@link #builder()}; {@link EvidenceRecords#add}
 * checks it against the enrolment's unit and reports every problem.
 *
 * <p>A correction names the item it {@link Builder#supersedes supersedes} and a reason; its
 * enrolment is then the superseded item's.
 */
public final class NewEvidence {
  private final Optional<EnrolmentId> enrolment;
  private final LocalDate date;
  private final AssessmentMethod method;
  private final String description;
  private final Set<CriterionId> criteria;
  private final Optional<Judgement> claim;
  private final Code recordedBy;
  private final List<Path> attachments;
  private final Optional<EvidenceItemId> supersedes;
  private final Optional<String> reason;

  private NewEvidence(Builder b) {
    this.enrolment = b.enrolment;
    this.date = b.date;
    this.method = b.method;
    this.description = b.description.strip();
    this.criteria = Set.copyOf(b.criteria);
    this.claim = b.claim;
    this.recordedBy = b.recordedBy;
    this.attachments = List.copyOf(b.attachments);
    this.supersedes = b.supersedes;
    this.reason = b.reason.map(String::strip);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The enrolment; empty for a correction, which takes the superseded item's. */
  public Optional<EnrolmentId> enrolment() {
    return enrolment;
  }

  public LocalDate date() {
    return date;
  }

  public AssessmentMethod method() {
    return method;
  }

  public String description() {
    return description;
  }

  /** The criteria covered, in order. */
  public Set<CriterionId> criteria() {
    return new TreeSet<>(criteria);
  }

  /** The recorder's claim for every criterion covered, if they make one. */
  public Optional<Judgement> claim() {
    return claim;
  }

  /** The code of the supervisor or assessor who recorded it. */
  public Code recordedBy() {
    return recordedBy;
  }

  public List<Path> attachments() {
    return attachments;
  }

  public Optional<EvidenceItemId> supersedes() {
    return supersedes;
  }

  public Optional<String> reason() {
    return reason;
  }

  /** Collects the fields; {@link #build()} refuses missing ones (a caller's mistake). */
  public static final class Builder {
    private Optional<EnrolmentId> enrolment = Optional.empty();
    private LocalDate date;
    private AssessmentMethod method;
    private String description;
    private final Set<CriterionId> criteria = new TreeSet<>();
    private Optional<Judgement> claim = Optional.empty();
    private Code recordedBy;
    private final List<Path> attachments = new ArrayList<>();
    private Optional<EvidenceItemId> supersedes = Optional.empty();
    private Optional<String> reason = Optional.empty();

    private Builder() {}

    public Builder enrolment(EnrolmentId enrolment) {
      this.enrolment = Optional.of(enrolment);
      return this;
    }

    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    public Builder method(AssessmentMethod method) {
      this.method = method;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder criterion(CriterionId criterion) {
      this.criteria.add(Objects.requireNonNull(criterion));
      return this;
    }

    public Builder criteria(Iterable<CriterionId> criteria) {
      criteria.forEach(this::criterion);
      return this;
    }

    public Builder claim(Judgement claim) {
      this.claim = Optional.of(claim);
      return this;
    }

    public Builder recordedBy(Code recorder) {
      this.recordedBy = recorder;
      return this;
    }

    public Builder attachment(Path file) {
      this.attachments.add(Objects.requireNonNull(file));
      return this;
    }

    /** Makes this a correction of {@code item}, for {@code reason}. */
    public Builder supersedes(EvidenceItemId item, String reason) {
      this.supersedes = Optional.of(item);
      this.reason = Optional.ofNullable(reason);
      return this;
    }

    public NewEvidence build() {
      if (enrolment.isEmpty() && supersedes.isEmpty()) {
        throw new IllegalStateException("an enrolment, or the item a correction supersedes");
      }
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(recordedBy, "recordedBy");
      return new NewEvidence(this);
    }
  }
}

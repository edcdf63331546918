package org.ocnkit.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CriterionId;

/**
 * One observation a supervisor submits on the web form.
 *
 * @param submission the form's one-time key (16 to 64 base64url characters, made when the form was
 *     shown): the same key submitted again records nothing new
 * @param files photos or documents as uploaded, checked and cleaned before they are stored
 */
public record WebObservation(
    String submission,
    EnrolmentId enrolment,
    LocalDate date,
    AssessmentMethod method,
    String description,
    Set<CriterionId> criteria,
    List<UploadedFile> files) {
  private static final Pattern SUBMISSION = Pattern.compile("[A-Za-z0-9_-]{16,64}");

  public WebObservation {
    Objects.requireNonNull(submission, "submission");
    if (!SUBMISSION.matcher(submission).matches()) {
      throw new IllegalArgumentException("a submission key is 16-64 base64url characters");
    }
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(method, "method");
    description = Objects.requireNonNull(description, "description").strip();
    criteria = Set.copyOf(new TreeSet<>(criteria));
    files = List.copyOf(files);
  }

  /** Whether {@code key} can be a submission key. */
  public static boolean validSubmission(String key) {
    return key != null && SUBMISSION.matcher(key).matches();
  }

  /** A file as uploaded: the name the phone gave it (shown, never trusted) and its bytes. */
  public record UploadedFile(String name, byte[] bytes) {
    public UploadedFile {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(bytes, "bytes");
    }
  }
}

package org.ocnkit.panel;

import java.time.Instant;
import java.util.Objects;
import org.ocnkit.qualification.QualificationRef;

/** One member's vote on a qualification version at a meeting. */
public record QualificationVote(
    long id,
    long meetingId,
    QualificationRef qualification,
    PanelMember member,
    Ballot ballot,
    Instant castAt) {
  public QualificationVote {
    Objects.requireNonNull(qualification, "qualification");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(ballot, "ballot");
    Objects.requireNonNull(castAt, "castAt");
  }
}

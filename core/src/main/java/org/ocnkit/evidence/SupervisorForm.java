package org.ocnkit.evidence;

import java.io.ByteArrayInputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;
import org.ocnkit.evidence.internal.SafeUpload;
import org.ocnkit.io.Sha256;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.learner.LinkSecret;
import org.ocnkit.learner.Placement;
import org.ocnkit.learner.SupervisorLink;
import org.ocnkit.learner.SupervisorLinkRecords;
import org.ocnkit.learner.SupervisorLinks;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.StoredBlob;
import org.ocnkit.store.Tx;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.CriterionId;

/**
 * The supervisor's web form behind a personal link ({@link SupervisorLinks}): what the link shows
 * and the one thing it may write, an evidence item recorded exactly as a workbook row is (a claim
 * by that supervisor, waiting for a qualified assessor's {@code ocn evidence sign-off}), with the
 * supervisor as the actor in the audit history.
 *
 * <p>A link shows and accepts only the current enrolments at its placement: not yet achieved, and
 * of apprentices whose personal data was not erased. A wrong, expired or revoked link gives {@link
 * Optional#empty()} and nothing else, so nobody learns whether it ever existed. A submission is
 * saved once: its key makes the item's {@code source_key}, and the same key again returns the item
 * already recorded. Uploaded photos lose their metadata (EXIF, GPS position) before they are stored
 * ({@link SafeUpload}).
 */
final class SupervisorForm {
  /** Audit action of an item recorded through a personal link. */
  static final String ACTION_ADD = "evidence.web-add";

  private SupervisorForm() {}

  /** What the link opens, recording its use; empty when the link does not work. */
  static Optional<SupervisorOverview> open(Workspace workspace, LinkSecret secret) {
    Optional<SupervisorLink> who =
        workspace.store().read(tx -> SupervisorLinkRecords.find(tx, secret));
    if (who.isEmpty()) {
      return Optional.empty();
    }
    return workspace
        .store()
        .write(
            who.get().actor(),
            tx -> {
              Optional<SupervisorLink> link = SupervisorLinkRecords.open(tx, secret);
              if (link.isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(overview(tx, link.get()));
            });
  }

  /**
   * Records an observation through the link; empty when the link does not work.
   *
   * @throws InvalidInputException listing every problem: an enrolment the link does not show, a
   *     date in the future, a method the unit does not provide for, criteria it does not have, no
   *     description, a file too large, of a type not accepted (JPEG, PNG, PDF) or unreadable
   */
  static Optional<WebRecording> record(
      Workspace workspace, LinkSecret secret, WebObservation observation) {
    Optional<SupervisorLink> who =
        workspace.store().read(tx -> SupervisorLinkRecords.find(tx, secret));
    if (who.isEmpty()) {
      return Optional.empty();
    }
    String sourceKey = sourceKey(who.get(), observation.submission());
    Optional<EvidenceItem> before = workspace.store().read(tx -> bySourceKey(tx, sourceKey));
    if (before.isPresent()) {
      return Optional.of(new WebRecording(before.get(), true));
    }
    List<Problem> problems = new ArrayList<>();
    List<SafeUpload.Cleaned> cleaned = new ArrayList<>();
    long maxBytes = workspace.attachments().maxBytes();
    for (WebObservation.UploadedFile file : observation.files()) {
      try {
        cleaned.add(SafeUpload.clean(file.name(), file.bytes(), maxBytes));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<StoredBlob> blobs = new ArrayList<>();
    for (SafeUpload.Cleaned c : cleaned) {
      blobs.add(
          workspace.attachments().put(new ByteArrayInputStream(c.bytes()), c.name(), maxBytes));
    }
    return workspace
        .store()
        .write(
            who.get().actor(),
            tx -> {
              Optional<SupervisorLink> opened = SupervisorLinkRecords.open(tx, secret);
              if (opened.isEmpty()) {
                return Optional.empty();
              }
              SupervisorLink link = opened.get();
              Optional<EvidenceItem> already = bySourceKey(tx, sourceKey);
              if (already.isPresent()) {
                return Optional.of(new WebRecording(already.get(), true));
              }
              Enrolment enrolment =
                  current(tx, link).stream()
                      .filter(e -> e.id().equals(observation.enrolment()))
                      .findFirst()
                      .orElseThrow(
                          () ->
                              new InvalidInputException(
                                  EvidenceRecords.msg(
                                      "web.enrolment", observation.enrolment(), link.placement())));
              CourseUnit unit = EvidenceRecording.unitOf(tx, enrolment);
              NewEvidence evidence =
                  NewEvidence.builder()
                      .enrolment(enrolment.id())
                      .date(observation.date())
                      .method(observation.method())
                      .description(observation.description())
                      .criteria(observation.criteria())
                      .recordedBy(link.supervisor())
                      .build();
              EvidenceRecording.check(tx, enrolment, unit, evidence, problems);
              Optional<EvidenceRecording.RecorderRow> recorder =
                  EvidenceRecording.recorder(tx, enrolment, link.supervisor(), problems);
              if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
              }
              Map<CriterionId, Optional<Judgement>> covered = new TreeMap<>();
              evidence.criteria().forEach(c -> covered.put(c, Optional.of(Judgement.MET)));
              long id =
                  EvidenceRecording.insert(
                      tx,
                      enrolment,
                      evidence.date(),
                      evidence.method(),
                      evidence.description(),
                      covered,
                      recorder.orElseThrow(),
                      EvidenceItem.Source.WEB,
                      sourceKey,
                      Optional.empty(),
                      Optional.empty(),
                      ACTION_ADD);
              for (int i = 0; i < blobs.size(); i++) {
                long attachment =
                    workspace
                        .attachments()
                        .record(
                            tx, blobs.get(i), cleaned.get(i).mediaType(), cleaned.get(i).name());
                EvidenceRecording.attach(tx, id, attachment, ACTION_ADD);
              }
              return Optional.of(
                  new WebRecording(EvidenceListing.require(tx, new EvidenceItemId(id)), false));
            });
  }

  private static SupervisorOverview overview(Tx tx, SupervisorLink link) throws SQLException {
    Placement placement = LearnerRecords.placementById(tx, link.placementId());
    List<LinkedEnrolment> shown = new ArrayList<>();
    for (Enrolment e : current(tx, link)) {
      Apprentice apprentice = LearnerRecords.requireApprentice(tx, e.apprentice());
      EnrolmentProgress progress = Progress.of(tx, e);
      shown.add(
          new LinkedEnrolment(
              e.id(),
              e.apprentice(),
              apprentice.firstName().orElse(""),
              e.unit(),
              e.unitTitle(),
              List.copyOf(EvidenceRecording.unitOf(tx, e).assessmentMethods()),
              progress.criteria()));
    }
    return new SupervisorOverview(link, placement.workplace(), tx.today(), shown);
  }

  /** The enrolments a link shows: at its placement, not achieved, apprentice not erased. */
  private static List<Enrolment> current(ReadTx tx, SupervisorLink link) throws SQLException {
    List<Enrolment> current = new ArrayList<>();
    for (Enrolment e : LearnerRecords.enrolmentsAt(tx, link.placementId())) {
      if (Achievements.of(tx, e.id()).isEmpty()
          && !LearnerRecords.requireApprentice(tx, e.apprentice()).erased()) {
        current.add(e);
      }
    }
    return current;
  }

  private static Optional<EvidenceItem> bySourceKey(ReadTx tx, String key) throws SQLException {
    return EvidenceListing.bySourceKey(tx, key);
  }

  /** SHA-256 over the link and the form's one-time key: unique per submission. */
  private static String sourceKey(SupervisorLink link, String submission) {
    return Sha256.hex("web\n" + link.id() + "\n" + submission);
  }
}

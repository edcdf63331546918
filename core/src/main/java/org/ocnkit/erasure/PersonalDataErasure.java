package org.ocnkit.erasure;

import org.ocnkit.certificate.Certification;
import org.ocnkit.evidence.ApprenticeErasure;
import org.ocnkit.evidence.ErasureReport;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Apprentices;
import org.ocnkit.learner.Erasure;
import org.ocnkit.moderation.ModerationRecords;
import org.ocnkit.report.Outcomes;
import org.ocnkit.store.Store;

/**
 * Erases an apprentice's personal data everywhere ({@code ocn apprentice erase}), in one
 * transaction: {@link Apprentices#erase} clears name, birth date, personal identity number and
 * disability; then every package that keeps free text about the apprentice replaces their name
 * with {@link Erasure#MARKER}: evidence descriptions, correction and withdrawal reasons and
 * attachment names ({@link ApprenticeErasure#redact}), moderators' comments ({@link
 * ModerationRecords#redact}), certificate revocation reasons ({@link Certification#redact}) and
 * outcome correction reasons ({@link Outcomes#redact}). Each change is an audited update; the
 * pseudonymous id and every record that refers to it stay, so progress, certificates and the
 * funders' counts keep working.
 *
 * <p>A package that adds free text about an apprentice adds its redaction here.
 */
public final class PersonalDataErasure {
  private PersonalDataErasure() {}

  /**
   * Erases the apprentice's personal data.
   *
   * @throws org.ocnkit.RefusedException when it was already erased
   * @throws org.ocnkit.InvalidInputException when there is no such apprentice
   */
  public static ErasedData erase(Store store, String actor, ApprenticeId apprentice) {
    return store.write(actor, tx -> {
      Erasure erasure = Apprentices.erase(tx, apprentice);
      ErasureReport evidence = ApprenticeErasure.redact(tx, erasure);
      int other = ModerationRecords.redact(tx, erasure) + Certification.redact(tx, erasure)
          + Outcomes.redact(tx, erasure);
      return new ErasedData(apprentice, evidence.evidenceItemsRedacted(),
          evidence.attachmentsRenamed(), other);
    });
  }
}

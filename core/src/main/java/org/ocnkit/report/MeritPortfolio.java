package org.ocnkit.report;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.IssueOptions;
import org.ocnkit.evidence.Achievement;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.learner.Placement;
import org.ocnkit.report.internal.HeldCertificates;
import org.ocnkit.report.internal.PortfolioContent;
import org.ocnkit.report.internal.PortfolioLayout;
import org.ocnkit.report.internal.ReportFiles;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Settings;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitRecords;

/**
 * The participant's merit portfolio ("meritportfölj", {@code ocn portfolio}): a bilingual PDF/A-3b
 * listing every unit they achieved, with its level, credits, date, workplace, learning outcomes and
 * criteria, and the codes of the valid certificates that list it. It is the participant's own
 * overview to show an employer; it is not signed: the certificates it names are the verifiable
 * proof.
 *
 * <p>A certificate lists a unit when the register recorded the unit's enrolment with it ({@code
 * ("enrolment", "E42")}); a certificate recorded only with the apprentice is named among the
 * certificates held. Revoked certificates are not named.
 *
 * <p>Refused, with a message that says why, for an apprentice whose personal data was erased (the
 * portfolio names its holder, and there is no name left to print) and for one who has not achieved
 * a unit (an empty portfolio shows an employer nothing; {@code ocn progress} shows where they
 * stand).
 */
public final class MeritPortfolio {
  /** Audit action of a portfolio written. */
  public static final String ACTION = "report.portfolio";

  private MeritPortfolio() {}

  /**
   * The portfolio of {@code apprentice} as PDF/A-3b bytes, labels in {@code language} first.
   *
   * @throws org.ocnkit.InvalidInputException when there is no such apprentice
   * @throws RefusedException when the apprentice was erased or has achieved no unit
   */
  static byte[] render(Workspace workspace, ApprenticeId apprentice, Locale language) {
    IssueOptions options = new CertificateService(workspace).issueOptions();
    PortfolioContent content = content(workspace, apprentice, options);
    return PortfolioLayout.render(
        content, options.template(), language, towards(workspace, apprentice));
  }

  /**
   * Writes the portfolio to {@code out} (replacing the file if it exists) and records an audit
   * event with the apprentice's id and the file's SHA-256.
   *
   * @throws org.ocnkit.InvalidInputException when there is no such apprentice
   * @throws RefusedException when the apprentice was erased or has achieved no unit
   * @throws org.ocnkit.EnvironmentException when the file cannot be written
   */
  static WrittenPortfolio write(
      Workspace workspace, String actor, ApprenticeId apprentice, Path out, Locale language) {
    IssueOptions options = new CertificateService(workspace).issueOptions();
    PortfolioContent content = content(workspace, apprentice, options);
    byte[] pdf =
        PortfolioLayout.render(
            content, options.template(), language, towards(workspace, apprentice));
    Path file =
        ReportFiles.write(
            workspace.store(),
            actor,
            ACTION,
            "apprentice:" + apprentice.value(),
            Map.of("apprentice", apprentice.toString()),
            out,
            pdf);
    return new WrittenPortfolio(
        file,
        apprentice,
        content.units().stream().map(u -> u.unit().ref()).toList(),
        content.totalCredits(),
        content.certificates().stream().map(PortfolioContent.Certificate::code).toList());
  }

  /** The approved qualifications towards which at least one of the holder's units counts. */
  private static List<QualificationProgress.Standing> towards(
      Workspace workspace, ApprenticeId apprentice) {
    return QualificationProgress.of(workspace.store(), apprentice).stream()
        .filter(s -> !s.evaluation().counted().isEmpty())
        .toList();
  }

  private static PortfolioContent content(
      Workspace workspace, ApprenticeId id, IssueOptions options) {
    String organisation = workspace.settings().getString(Settings.ORG_NAME, "");
    return workspace
        .store()
        .read(
            tx -> {
              Apprentice a = LearnerRecords.requireApprentice(tx, id);
              if (a.erased()) {
                throw new RefusedException(
                    msg("portfolio.erased", id, a.erasedAt().orElseThrow().toString()));
              }
              List<Achievement> achieved = EvidenceRecords.achievementsOf(tx, id);
              if (achieved.isEmpty()) {
                throw new RefusedException(msg("portfolio.nothingAchieved", id));
              }
              List<HeldCertificates.Held> held =
                  HeldCertificates.load(tx).getOrDefault(id, List.of());
              List<PortfolioContent.Unit> units = new ArrayList<>();
              for (Achievement x : achieved) {
                units.add(unit(tx, x, held));
              }
              List<PortfolioContent.Certificate> certificates =
                  held.stream()
                      .map(
                          h ->
                              new PortfolioContent.Certificate(
                                  h.entry().code(), h.entry().issueDate()))
                      .toList();
              return new PortfolioContent(
                  id,
                  a.fullName().orElseThrow(),
                  a.birthDate().orElseThrow(),
                  a.programme(),
                  a.startDate(),
                  a.endDate(),
                  organisation,
                  units,
                  certificates,
                  options.verificationBaseUrl(),
                  tx.now(),
                  tx.today());
            });
  }

  private static PortfolioContent.Unit unit(
      ReadTx tx, Achievement x, List<HeldCertificates.Held> held) throws SQLException {
    UnitRef ref = x.unit();
    var unit =
        UnitRecords.require(tx, new UnitRef.Query(ref.code(), Optional.of(ref.version()))).unit();
    Placement placement =
        LearnerRecords.placementById(
            tx, LearnerRecords.requireEnrolment(tx, x.enrolment()).placementId());
    List<CertificateCode> codes =
        held.stream()
            .filter(h -> h.enrolments().contains(x.enrolment()))
            .map(h -> h.entry().code())
            .toList();
    return new PortfolioContent.Unit(
        unit, x.achievedOn(), placement.workplace(), placement.employer(), codes);
  }

  static Message msg(String key, Object... args) {
    return Message.of(MeritPortfolio.class, key, args);
  }
}

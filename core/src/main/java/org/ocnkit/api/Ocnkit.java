package org.ocnkit.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.erasure.ErasedData;
import org.ocnkit.erasure.ErasureService;
import org.ocnkit.evidence.EvidenceService;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.ApprenticeService;
import org.ocnkit.learner.AssessorService;
import org.ocnkit.learner.EnrolmentService;
import org.ocnkit.learner.PlacementService;
import org.ocnkit.moderation.ModerationService;
import org.ocnkit.panel.Panel;
import org.ocnkit.panel.QualificationPanel;
import org.ocnkit.qualification.QualificationService;
import org.ocnkit.report.ReportService;
import org.ocnkit.store.AuditService;
import org.ocnkit.store.FileWork;
import org.ocnkit.store.InitOptions;
import org.ocnkit.store.OpenOptions;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.UnitService;

/**
 * ocnkit as a library: one open workspace, and one object per concept obtained from it.
 *
 * <pre>{@code
 * try (Ocnkit ocn = Ocnkit.open(Path.of("programme"))) {
 *   ocn.units().importUnits("koordinator", Path.of("course-units/al-komm-01.xml"));
 *   List<RegisterEntry> issued = ocn.certificates().list();
 * }
 * }</pre>
 *
 * <p>Every concept object ({@link #units()}, {@link #panel()}, {@link #apprentices()}, {@link
 * #evidence()}, {@link #certificates()}, ...) has the same shape: it is bound to this workspace,
 * its methods take and return domain types, each method runs in its own transaction (it happens
 * completely or not at all), a method that changes something takes the actor recorded in the audit
 * history as its first argument, and failures are only the {@link org.ocnkit.OcnkitException}
 * family: {@link org.ocnkit.InvalidInputException} (the input is wrong), {@link
 * org.ocnkit.RefusedException} (a rule of the OCN method forbids it) and {@link
 * org.ocnkit.EnvironmentException} (database, files or keys), each with a message in Swedish and
 * English ({@link org.ocnkit.OcnkitException#describe}) that tells what to do. Programming mistakes
 * (a null argument) remain {@link NullPointerException} or {@link IllegalArgumentException}.
 *
 * <p>The {@code *Records} classes underneath ({@code LearnerRecords}, {@code EvidenceRecords},
 * {@code UnitRecords}, ...) work inside another core package's transaction and are not for front
 * ends; the static classes that remain for the command line will move behind this API.
 *
 * <p>Thread-safe as far as the workspace is: several threads may call the concept objects at once;
 * transactions do not nest.
 */
public final class Ocnkit implements AutoCloseable {
  private final Workspace workspace;
  private final UnitService units;
  private final QualificationService qualifications;
  private final ApprenticeService apprentices;
  private final AssessorService assessors;
  private final PlacementService placements;
  private final EnrolmentService enrolments;
  private final EvidenceService evidence;
  private final ModerationService moderation;
  private final CertificateService certificates;
  private final ReportService reports;
  private final AuditService audit;

  private Ocnkit(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.units = new UnitService(workspace);
    this.qualifications = new QualificationService(workspace);
    this.apprentices = new ApprenticeService(workspace);
    this.assessors = new AssessorService(workspace);
    this.placements = new PlacementService(workspace);
    this.enrolments = new EnrolmentService(workspace);
    this.evidence = new EvidenceService(workspace);
    this.moderation = new ModerationService(workspace);
    this.certificates = new CertificateService(workspace);
    this.reports = new ReportService(workspace);
    this.audit = new AuditService(workspace);
  }

  /**
   * Opens the workspace in {@code dir} with the process's environment and the system clock.
   *
   * @throws org.ocnkit.EnvironmentException when {@code dir} is not a workspace or its database
   *     cannot be opened
   */
  public static Ocnkit open(Path dir) {
    return open(dir, OpenOptions.system());
  }

  /** Opens the workspace in {@code dir} with the environment and clock of {@code options}. */
  public static Ocnkit open(Path dir, OpenOptions options) {
    return new Ocnkit(FileWork.run(dir, () -> Workspace.open(dir, options)));
  }

  /**
   * Creates a workspace in {@code dir} (new or empty) for {@code organisation}, on SQLite in the
   * folder, and opens it ({@code ocn init DIR --org NAME}).
   */
  public static Ocnkit create(Path dir, String organisation) {
    return create(dir, InitOptions.defaults().withOrganisation(organisation));
  }

  /** Creates a workspace, SQLite or PostgreSQL as {@code options} say, and opens it. */
  public static Ocnkit create(Path dir, InitOptions options) {
    return create(dir, options, OpenOptions.system());
  }

  /** {@link #create(Path, InitOptions)} with the environment and clock of {@code open}. */
  public static Ocnkit create(Path dir, InitOptions options, OpenOptions open) {
    return new Ocnkit(FileWork.run(dir, () -> Workspace.init(dir, options, open)));
  }

  /**
   * Joins, from a new desk, a shared workspace whose PostgreSQL database {@code options} names
   * ({@code ocn join DIR --database URL}): writes the folder, takes the programme secret from
   * {@code secretFile} (or the {@value Workspace#ENV_PROGRAMME_SECRET} variable), checks that it
   * opens the shared keys, and opens the workspace. Removes what it created if anything fails.
   *
   * @throws org.ocnkit.InvalidInputException when {@code dir} is not new or empty, or no PostgreSQL
   *     URL is given
   * @throws org.ocnkit.RefusedException when the database holds no workspace yet (create it)
   * @throws org.ocnkit.EnvironmentException when the database cannot be reached, or the programme
   *     secret is missing or not the workspace's
   */
  public static Ocnkit join(
      Path dir, InitOptions options, Optional<Path> secretFile, OpenOptions open) {
    return new Ocnkit(FileWork.run(dir, () -> Workspace.join(dir, options, secretFile, open)));
  }

  /**
   * The library's objects over a workspace already open; {@link #close()} closes it. For callers
   * that also use the static classes underneath.
   */
  public static Ocnkit of(Workspace workspace) {
    return new Ocnkit(workspace);
  }

  /** The open workspace, for what this API does not cover yet. */
  public Workspace workspace() {
    return workspace;
  }

  /**
   * Today as the workspace's transactions date things (its clock and time zone): use it for
   * evidence dates and start dates, which must not lie in the workspace's future.
   */
  public LocalDate today() {
    return LocalDate.now(workspace.store().clock());
  }

  /** Course units: validate, import, list, find. */
  public UnitService units() {
    return units;
  }

  /** Qualifications (units under rules of combination): validate, import, list, find. */
  public QualificationService qualifications() {
    return qualifications;
  }

  /**
   * The panel: members, meetings, conflicts, votes, decisions and conditions on unit versions,
   * submission and withdrawal, minutes and reading copies. Reads the panel settings each call.
   *
   * @throws org.ocnkit.InvalidInputException when a panel setting is invalid
   */
  public Panel panel() {
    return Panel.of(workspace);
  }

  /** The panel's workflow for qualification versions. */
  public QualificationPanel qualificationPanel() {
    return QualificationPanel.of(workspace);
  }

  /** Apprentices (participants): add, import a roster, list, find. */
  public ApprenticeService apprentices() {
    return apprentices;
  }

  /** Assessors: add, qualify, list. */
  public AssessorService assessors() {
    return assessors;
  }

  /** Placements with their supervisors, and the supervisors' personal links. */
  public PlacementService placements() {
    return placements;
  }

  /** Enrolments of apprentices on approved units. */
  public EnrolmentService enrolments() {
    return enrolments;
  }

  /** Evidence: record, sign off, list, progress, workbooks, units achieved. */
  public EvidenceService evidence() {
    return evidence;
  }

  /** Internal moderation: moderators, sample plans, outcomes, readiness for certification. */
  public ModerationService moderation() {
    return moderation;
  }

  /** Certificates: keys, issue, register (list, revoke), verify. */
  public CertificateService certificates() {
    return certificates;
  }

  /** Indicators, progress workbook, merit portfolio, outcomes after the programme. */
  public ReportService reports() {
    return reports;
  }

  /** The audit history: verify, log, backup. */
  public AuditService audit() {
    return audit;
  }

  /**
   * Erases an apprentice's personal data from every record that holds it ({@code ocn apprentice
   * erase A [--files]}); keeps the id and the evidence.
   *
   * @param removeFiles also delete the workspace's own files that name the person
   */
  public ErasedData erase(String actor, ApprenticeId apprentice, boolean removeFiles) {
    return new ErasureService(workspace).erase(actor, apprentice, removeFiles);
  }

  /**
   * The workspace's own files that name the apprentice ({@code ocn apprentice erase A --files}
   * without {@code --yes}): what {@link #erase} with {@code removeFiles} would delete.
   */
  public java.util.List<Path> filesNaming(ApprenticeId apprentice) {
    return new ErasureService(workspace).filesNaming(apprentice);
  }

  /** Closes the workspace's database connections. */
  @Override
  public void close() {
    workspace.close();
  }

  @Override
  public String toString() {
    return "Ocnkit[" + workspace + "]";
  }
}

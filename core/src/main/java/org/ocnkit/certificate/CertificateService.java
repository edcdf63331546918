package org.ocnkit.certificate;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.credential.CredentialExport;
import org.ocnkit.certificate.credential.CredentialFormat;
import org.ocnkit.certificate.credential.OpenBadgeVerifier;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.certificate.signature.RevocationList;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.ledger.LogAudit;
import org.ocnkit.ledger.ProofBundle;
import org.ocnkit.ledger.PublishResult;
import org.ocnkit.ledger.SignedCheckpoint;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.store.FileWork;
import org.ocnkit.store.Settings;
import org.ocnkit.store.Workspace;

/**
 * The certificates of one open workspace ({@code Ocnkit.certificates()}): the issuer's keys,
 * issuing signed PDF certificates for the units that are ready, the register (list, revoke) and
 * verification. The key password is passed to each call that signs and never kept; the caller may
 * clear the array afterwards. Each method runs its own transaction; failures are {@link
 * org.ocnkit.OcnkitException}s.
 */
public final class CertificateService {
  private final Workspace workspace;

  public CertificateService(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  /**
   * Creates the issuer's signing key and certificate (EC P-256, in the organisation's name from
   * {@code org.name}) and the transparency log's key in {@code keys/}, and publishes the public
   * halves in a shared workspace ({@code ocn keys init}).
   *
   * @throws InvalidInputException when the workspace has no organisation name, or the password
   *     holds a character outside ASCII (PKCS#12 keystores take ASCII passwords only)
   * @throws org.ocnkit.EnvironmentException when keys exist already or cannot be written
   */
  public void createKeys(String actor, char[] password) {
    String organisation =
        workspace
            .settings()
            .get(Settings.ORG_NAME)
            .filter(o -> !o.isBlank())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        Message.of(CertificateService.class, "keyfiles.noOrganisation")));
    createKeys(actor, password, organisation, KeyAlgorithm.EC_P256);
  }

  /**
   * {@link #createKeys(String, char[])} in the name of {@code organisation} with a key of {@code
   * algorithm} ({@code ocn keys init --org NAME [--rsa]}).
   *
   * @return whether the public halves were published for the other desks of a shared workspace
   * @throws InvalidInputException when the password is too short or holds a character outside ASCII
   *     ({@code keyfiles.passwordNotAscii}), or the organisation name is unacceptable
   * @throws RefusedException when keys exist already
   * @throws org.ocnkit.EnvironmentException when the keys cannot be written
   */
  public boolean createKeys(
      String actor, char[] password, String organisation, KeyAlgorithm algorithm) {
    IssuerKeyFiles files = IssuerKeyFiles.of(workspace);
    FileWork.run(
        files.dir(),
        () ->
            files.create(
                password,
                organisation,
                algorithm,
                CertificateSettings.logOrigin(workspace.settings()),
                workspace.store().clock().instant()));
    return files.publish(actor);
  }

  /**
   * Brings the organisation's own PKCS#12 keystore in, re-encrypted under {@code password}, and
   * creates the transparency log's key beside it ({@code ocn keys import FILE.p12}).
   *
   * @return whether the public halves were published for the other desks of a shared workspace
   * @throws InvalidInputException when the key in {@code source} cannot be used, or the new
   *     password is too short or not ASCII
   * @throws RefusedException when keys exist already
   * @throws org.ocnkit.EnvironmentException when {@code source} cannot be opened or a key file not
   *     be written
   */
  public boolean importKeys(String actor, Path source, char[] sourcePassword, char[] password) {
    IssuerKeyFiles files = IssuerKeyFiles.of(workspace);
    FileWork.run(
        files.dir(),
        () ->
            files.importKeystore(
                source,
                sourcePassword,
                password,
                CertificateSettings.logOrigin(workspace.settings()),
                workspace.store().clock().instant()));
    return files.publish(actor);
  }

  /**
   * The issuer's signing key and the log key, unlocked with {@code password}, for the calls that
   * sign ({@link #issue(String, ApprenticeId, IssuingKeys, IssueOptions, IssueProgress)}, {@link
   * #writeRevocationList}, {@link #signCheckpoint}). The caller may clear the password afterwards.
   *
   * @throws InvalidInputException when the password is wrong
   * @throws org.ocnkit.EnvironmentException when there are no keys or they cannot be read
   */
  public IssuingKeys keys(char[] password) {
    return IssuerKeyFiles.of(workspace).load(password);
  }

  /**
   * The public halves: the issuer certificate and the log verifier key ({@code ocn keys show});
   * needs no password.
   *
   * @throws org.ocnkit.EnvironmentException when there are no keys or they cannot be read
   */
  public VerificationKeys verificationKeys() {
    return IssuerKeyFiles.of(workspace).verificationKeys();
  }

  /** Where the issuer certificate lies in the workspace ({@code keys/issuer-certificate.pem}). */
  public Path issuerCertificateFile() {
    return IssuerKeyFiles.of(workspace).certificateFile();
  }

  /**
   * Writes the issuer certificate as PEM to {@code file}: the file verifiers add as trusted ({@code
   * ocn keys export-cert FILE}).
   *
   * @return the certificate written
   */
  public X509Certificate exportIssuerCertificate(Path file) {
    return IssuerKeyFiles.of(workspace).exportCertificate(file);
  }

  /**
   * Issues one certificate for every unit of the apprentice that is ready today (signed off,
   * panel-approved, confirmed by moderation when sampled), written to {@code out/certificates/}
   * ({@code ocn certificate issue --apprentice A}). What an interrupted earlier run left is
   * finished first.
   *
   * @return the certificates issued (one)
   * @throws RefusedException when no unit is ready, with each unit's reason
   */
  public List<IssuedCertificate> issue(String actor, ApprenticeId apprentice, char[] password) {
    CertificateIssuer issuer = issuer(password);
    return FileWork.run(
        workspace.outDir(),
        () ->
            Certification.issueFor(workspace, issuer, actor, apprentice, IssueProgress.NONE)
                .certificates());
  }

  /**
   * Issues the certificate of a qualification the apprentice has gained with certified units
   * ({@code ocn certificate issue --apprentice A --qualification Q}).
   *
   * @throws RefusedException when the qualification's rules are not met, with what is missing
   */
  public List<IssuedCertificate> issueQualification(
      String actor,
      ApprenticeId apprentice,
      QualificationRef.Query qualification,
      char[] password) {
    CertificateIssuer issuer = issuer(password);
    return FileWork.run(
        workspace.outDir(),
        () ->
            QualificationCertification.issue(
                    workspace, issuer, actor, apprentice, qualification, IssueProgress.NONE)
                .certificates());
  }

  /**
   * The workspace's default issuing options: output folder, timestamp authority, layout ({@code
   * ocnkit.properties}); change them with the {@code with...} methods.
   */
  public IssueOptions issueOptions() {
    return IssueOptions.forWorkspace(workspace);
  }

  /**
   * Finishes what an interrupted issuing run left in the staging folder and says what it found
   * ({@link InterruptedIssue#messages()}); every issuing call does it first as well.
   */
  public InterruptedIssue finishInterrupted() {
    return CertificateIssuer.finishInterrupted(workspace);
  }

  /**
   * What can be certified for the apprentice today: the request for the ready units, if any, and
   * each unit that is held back with the reason. Issues nothing.
   */
  public Certification.Plan plan(ApprenticeId apprentice) {
    return workspace.store().read(tx -> Certification.plan(tx, workspace, apprentice));
  }

  /** {@link #plan(ApprenticeId)} of every apprentice who has achievements. */
  public List<Certification.Plan> plans() {
    return workspace.store().read(tx -> Certification.planAll(tx, workspace));
  }

  /** The problems that explain why {@code plan} holds no request (for a refusal). */
  public List<org.ocnkit.Problem> refusal(Certification.Plan plan) {
    return Certification.refusal(plan);
  }

  /**
   * The qualifications the apprentice has gained with certified units and has no valid certificate
   * of yet: each can be issued with {@link #issueQualification}.
   */
  public List<QualificationCertification.Offer> offers(ApprenticeId apprentice) {
    return workspace
        .store()
        .read(tx -> QualificationCertification.offers(tx, workspace, apprentice));
  }

  /**
   * {@link #issue(String, ApprenticeId, char[])} with keys already unlocked, options and a progress
   * listener.
   *
   * @throws RefusedException when no unit is ready, with each unit's reason
   */
  public IssuedBatch issue(
      String actor,
      ApprenticeId apprentice,
      IssuingKeys keys,
      IssueOptions options,
      IssueProgress progress) {
    CertificateIssuer issuer = new CertificateIssuer(workspace, keys, options);
    return FileWork.run(
        options.outDir(),
        () -> Certification.issueFor(workspace, issuer, actor, apprentice, progress));
  }

  /**
   * {@link #issueQualification(String, ApprenticeId, QualificationRef.Query, char[])} with keys
   * already unlocked, options and a progress listener.
   *
   * @throws RefusedException when the qualification's rules are not met, with what is missing
   */
  public IssuedBatch issueQualification(
      String actor,
      ApprenticeId apprentice,
      QualificationRef.Query qualification,
      IssuingKeys keys,
      IssueOptions options,
      IssueProgress progress) {
    CertificateIssuer issuer = new CertificateIssuer(workspace, keys, options);
    return FileWork.run(
        options.outDir(),
        () ->
            QualificationCertification.issue(
                workspace, issuer, actor, apprentice, qualification, progress));
  }

  /**
   * Issues the requests of {@code plans} (from {@link #plans()}) in one batch ({@code ocn
   * certificate issue-batch}); refuses, inside the issuing transaction, a unit that a valid
   * certificate meanwhile holds.
   *
   * @throws IllegalArgumentException when a plan holds no request
   */
  public IssuedBatch issue(
      String actor,
      List<Certification.Plan> plans,
      IssuingKeys keys,
      IssueOptions options,
      IssueProgress progress) {
    List<CertificateRequest> requests =
        plans.stream()
            .map(
                p ->
                    p.request()
                        .orElseThrow(
                            () -> new IllegalArgumentException("no request for " + p.apprentice())))
            .toList();
    CertificateIssuer issuer = new CertificateIssuer(workspace, keys, options);
    return FileWork.run(
        options.outDir(),
        () -> issuer.issue(actor, requests, progress, Certification.NOT_CERTIFIED_MEANWHILE));
  }

  /** The register: every certificate issued, with its status. */
  public List<RegisterEntry> list() {
    return new CertificateRegister(workspace.store()).list();
  }

  public Optional<RegisterEntry> find(CertificateCode code) {
    return new CertificateRegister(workspace.store()).find(code);
  }

  /** Revokes a certificate; verifiers see it as revoked from then on. */
  public RegisterEntry revoke(String actor, CertificateCode code, String reason) {
    return new CertificateRegister(workspace.store()).revoke(actor, code, reason);
  }

  /**
   * The list of revoked certificates as of now, unsigned, valid for the default period: sign it
   * with {@link RevocationList#sign} (what {@code ocn serve} and the static site publish).
   */
  public RevocationList revocationList() {
    return new CertificateRegister(workspace.store()).revocationList();
  }

  /**
   * The issuer's name as public pages show it: the subject of the issuer certificate.
   *
   * @throws org.ocnkit.EnvironmentException when the workspace has no issuer keys
   */
  public String issuerName() {
    return PublicCertificate.issuerOf(workspace);
  }

  /**
   * What the public may see of certificate {@code code} (no personal data): its status and units,
   * for the verification pages; empty when the register has no such certificate.
   */
  public Optional<PublicCertificate> publicCertificate(CertificateCode code) {
    return PublicCertificate.find(workspace, code);
  }

  /**
   * {@link #publicCertificate(CertificateCode)} with the issuer's name already known ({@link
   * #issuerName()}), for callers that look up many.
   */
  public Optional<PublicCertificate> publicCertificate(String issuer, CertificateCode code) {
    return PublicCertificate.find(workspace.store(), issuer, code);
  }

  /**
   * Writes the signed list of revoked certificates to {@code file}, valid as long as {@code
   * certificate.revocations.validity} says, for verifiers without access to the register ({@code
   * ocn certificate revocations --out FILE}, checked with {@code ocn verify --revocations}).
   *
   * @return the list written
   * @throws org.ocnkit.EnvironmentException when the file cannot be written
   */
  public RevocationList writeRevocationList(IssuingKeys keys, Path file) {
    return FileWork.run(
        file,
        () ->
            new CertificateRegister(workspace.store())
                .writeRevocationList(
                    keys.issuer(),
                    file,
                    CertificateSettings.revocationValidity(workspace.settings())));
  }

  /**
   * Exports certificate {@code code}'s credentials in {@code format}: an Open Badges 3.0 credential
   * for a wallet, or a European Learning Model credential for Europass ({@code ocn certificate
   * export CODE --format ob3|elm --out FILE}).
   *
   * @param pdf the certificate PDF; when empty, the one {@code issue} wrote in {@code out/}
   * @return the files written
   * @throws InvalidInputException when the code is not in the register, the PDF is missing or
   *     another certificate's, or holds no credential of that format
   * @throws org.ocnkit.EnvironmentException when a file cannot be written or already exists
   */
  public List<Path> exportCredentials(
      CertificateCode code, CredentialFormat format, Optional<Path> pdf, Path out) {
    return FileWork.run(
        out,
        () ->
            CredentialExport.export(
                code, find(code), IssueOptions.forWorkspace(workspace).outDir(), format, pdf, out));
  }

  // ---------------------------------------------------------------- transparency log

  /** The number of certificates in the transparency log. */
  public long logSize() {
    return new CertificateLog(workspace).size();
  }

  /** The newest signed checkpoint of the log, if one was signed ({@code ocn log checkpoint}). */
  public Optional<SignedCheckpoint> latestCheckpoint() {
    return new CertificateLog(workspace).latestCheckpoint();
  }

  /**
   * Signs a checkpoint of the log as it is now with the log key and keeps it ({@code ocn log
   * checkpoint --sign}).
   */
  public SignedCheckpoint signCheckpoint(String actor, IssuingKeys keys) {
    return new CertificateLog(workspace).signCheckpoint(actor, keys.log());
  }

  /**
   * The proof that certificate {@code code} is in the log, with a signed checkpoint: what a
   * verifier needs offline ({@code ocn log proof CODE}).
   *
   * @throws InvalidInputException when the code is not in the register
   */
  public ProofBundle logProof(CertificateCode code) {
    return new CertificateLog(workspace).proof(code);
  }

  /**
   * The proof that the log at size {@code to} extends the log at size {@code from} ({@code ocn log
   * consistency}).
   *
   * @throws InvalidInputException when a size is out of range
   */
  public CertificateLog.Consistency logConsistency(long from, long to) {
    return new CertificateLog(workspace).consistency(from, to);
  }

  /**
   * Checks the whole log against the register and its signed checkpoints ({@code ocn log verify});
   * never throws for a bad log: the result says what is wrong.
   */
  public LogAudit verifyLog() {
    return new CertificateLog(workspace).verify();
  }

  /**
   * Publishes the log as static files (C2SP tlog-tiles: checkpoint, tiles, entries and the verifier
   * key) in {@code dir}, for verifiers and witnesses ({@code ocn log publish DIR}).
   *
   * @throws org.ocnkit.EnvironmentException when the files cannot be written
   */
  public PublishResult publishLog(Path dir) {
    return FileWork.run(dir, () -> new CertificateLog(workspace).publish(dir));
  }

  /**
   * The audit anchors ({@code ocn audit verify --anchor}): heads of the audit chain kept outside
   * the database in {@code given} files (backup manifests, signed checkpoints, certificate PDFs)
   * and those found in the workspace, checked with the log key; pass {@link
   * AuditAnchorSources.Search#auditAnchors()} to {@code Ocnkit.audit().verify}.
   *
   * @throws InvalidInputException when a given file cannot be read or holds no valid anchor
   */
  public AuditAnchorSources.Search auditAnchors(List<Path> given) {
    return AuditAnchorSources.of(workspace).find(given);
  }

  // ---------------------------------------------------------------- verification

  /**
   * The options a verification inside this workspace uses: its issuer as the one trusted signer,
   * its register, its log key and log ({@link #verify(Path)}, the verification server).
   */
  public VerificationOptions verificationOptions() {
    return VerificationOptions.forWorkspace(workspace);
  }

  /**
   * The options {@code ocn verify} checks with, from what the verifier has at hand ({@code
   * --trust}, {@code --revocations}, {@code --log}, {@code --log-key}, {@code --witness}, ...) and
   * this workspace's keys, register and log. Outside a workspace, {@link
   * VerificationSources#options()} with no workspace gives them.
   *
   * @throws InvalidInputException when there is nothing to trust, or a file or key is missing,
   *     unreadable or malformed
   * @throws RefusedException when a revocation list is not signed by a trusted issuer
   */
  public VerificationOptions verificationOptions(VerificationSources sources) {
    return new VerificationSources(
            Optional.of(workspace),
            sources.trustFiles(),
            sources.timestampTrustFiles(),
            sources.revocationLists(),
            sources.publishedLog(),
            sources.logKey(),
            sources.acceptUnchecked(),
            sources.clock(),
            sources.witnessKeys(),
            sources.witnessesRequired())
        .options();
  }

  /**
   * Checks certificate PDFs and Open Badges credentials ({@code .jwt}) under {@code options},
   * several at once; the results come in the order of {@code files}. Needs no workspace: a verifier
   * outside one passes {@link VerificationSources#options()}. Never throws for a bad file: each
   * result says what is wrong.
   */
  public static List<VerificationResult> verify(List<Path> files, VerificationOptions options) {
    CertificateVerifier pdfs = new CertificateVerifier(options);
    OpenBadgeVerifier badges = new OpenBadgeVerifier(options);
    return files.parallelStream()
        .map(file -> OpenBadgeVerifier.accepts(file) ? badges.verify(file) : pdfs.verify(file))
        .toList();
  }

  /**
   * Checks a certificate PDF against this workspace's keys, register and log, and explains every
   * check ({@code ocn verify FILE}). Never throws for a bad file: the result says what is wrong.
   */
  public VerificationResult verify(Path pdf) {
    return new CertificateVerifier(VerificationOptions.forWorkspace(workspace)).verify(pdf);
  }

  /** {@link #verify(Path)} of a PDF held in memory; {@code source} names it in the result. */
  public VerificationResult verify(String source, byte[] pdf) {
    return new CertificateVerifier(VerificationOptions.forWorkspace(workspace)).verify(source, pdf);
  }

  private CertificateIssuer issuer(char[] password) {
    CertificateIssuer.finishInterrupted(workspace);
    IssuingKeys keys = IssuerKeyFiles.of(workspace).load(password);
    return new CertificateIssuer(workspace, keys, IssueOptions.forWorkspace(workspace));
  }
}

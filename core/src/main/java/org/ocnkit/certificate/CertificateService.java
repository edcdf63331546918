package org.ocnkit.certificate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.store.FileWork;
import org.ocnkit.store.Settings;
import org.ocnkit.store.Workspace;

/**
 * The certificates of one open workspace ({@code Ocnkit.certificates()}): the issuer's keys,
 * issuing signed PDF certificates for the units that are ready, the register (list, revoke) and
 * verification. The key password is passed to each call that signs and never kept; the caller
 * may clear the array afterwards. Each method runs its own transaction; failures are {@link
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
    String organisation = workspace.settings().get(Settings.ORG_NAME)
        .filter(o -> !o.isBlank())
        .orElseThrow(() -> new InvalidInputException(
            Message.of(CertificateService.class, "keyfiles.noOrganisation")));
    for (char c : password) {
      if (c < 0x20 || c > 0x7e) {
        throw new InvalidInputException(
            Message.of(CertificateService.class, "keyfiles.passwordNotAscii"));
      }
    }
    IssuerKeyFiles files = IssuerKeyFiles.of(workspace);
    FileWork.run(files.dir(), () -> files.create(password, organisation, KeyAlgorithm.EC_P256,
        CertificateSettings.logOrigin(workspace.settings()),
        workspace.store().clock().instant()));
    files.publish(actor);
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
    return FileWork.run(workspace.outDir(), () -> Certification.issueFor(workspace, issuer,
        actor, apprentice, IssueProgress.NONE).certificates());
  }

  /**
   * Issues the certificate of a qualification the apprentice has gained with certified units
   * ({@code ocn certificate issue --apprentice A --qualification Q}).
   *
   * @throws RefusedException when the qualification's rules are not met, with what is missing
   */
  public List<IssuedCertificate> issueQualification(String actor, ApprenticeId apprentice,
      QualificationRef.Query qualification, char[] password) {
    CertificateIssuer issuer = issuer(password);
    return FileWork.run(workspace.outDir(), () -> QualificationCertification.issue(workspace,
        issuer, actor, apprentice, qualification, IssueProgress.NONE).certificates());
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
   * Checks a certificate PDF against this workspace's keys, register and log, and explains every
   * check ({@code ocn verify FILE}). Never throws for a bad file: the result says what is wrong.
   */
  public VerificationResult verify(Path pdf) {
    return new CertificateVerifier(VerificationOptions.forWorkspace(workspace)).verify(pdf);
  }

  /** {@link #verify(Path)} of a PDF held in memory; {@code source} names it in the result. */
  public VerificationResult verify(String source, byte[] pdf) {
    return new CertificateVerifier(VerificationOptions.forWorkspace(workspace))
        .verify(source, pdf);
  }

  private CertificateIssuer issuer(char[] password) {
    CertificateIssuer.finishInterrupted(workspace);
    IssuingKeys keys = IssuerKeyFiles.of(workspace).load(password);
    return new CertificateIssuer(workspace, keys, IssueOptions.forWorkspace(workspace));
  }
}

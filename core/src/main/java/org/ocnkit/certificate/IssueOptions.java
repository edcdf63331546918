package org.ocnkit.certificate;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.certificate.signature.SigningOptions;
import org.ocnkit.store.Workspace;

/**
 * How {@link CertificateIssuer} issues: where the PDFs go, the verification link's base, the
 * template, and an optional RFC 3161 timestamp authority (PAdES B-T instead of B-B). Immutable; the
 * {@code with...} methods return changed copies.
 */
public final class IssueOptions {
  /** The folder of a workspace's own certificate template, if it has one. */
  public static final String WORKSPACE_TEMPLATE = "templates/certificate";

  /**
   * Where certificates go by default, under the workspace's {@code out/}: kept apart from minutes,
   * reading copies and workbooks, so the folder can be handed to {@code ocn verify}.
   */
  public static final String CERTIFICATES_FOLDER = "certificates";

  private final Path outDir;
  private final String verificationBaseUrl;
  private final CertificateTemplate template;
  private final Optional<URI> timestampAuthority;
  private final Optional<Signatory> signatory;
  private final int threads;

  private IssueOptions(
      Path outDir,
      String verificationBaseUrl,
      CertificateTemplate template,
      Optional<URI> timestampAuthority,
      Optional<Signatory> signatory,
      int threads) {
    this.threads = threads;
    this.signatory = Objects.requireNonNull(signatory, "signatory");
    this.outDir = Objects.requireNonNull(outDir, "outDir").toAbsolutePath().normalize();
    this.verificationBaseUrl = Objects.requireNonNull(verificationBaseUrl, "verificationBaseUrl");
    this.template = Objects.requireNonNull(template, "template");
    this.timestampAuthority = Objects.requireNonNull(timestampAuthority, "timestampAuthority");
    RenderOptions.of(verificationBaseUrl); // checks the URL
  }

  /**
   * The workspace's defaults: PDFs into {@code out/}, the base URL from {@code
   * certificate.baseUrl}, the template in the workspace's {@value #WORKSPACE_TEMPLATE} folder if
   * there is one (else the one packaged with ocnkit), no timestamp authority.
   *
   * @throws org.ocnkit.InvalidInputException when the setting or the workspace template is wrong
   */
  static IssueOptions forWorkspace(Workspace workspace) {
    Path folder = workspace.dir().resolve(WORKSPACE_TEMPLATE);
    CertificateTemplate template =
        Files.isDirectory(folder)
            ? CertificateTemplate.load(folder)
            : CertificateTemplate.packaged();
    return new IssueOptions(
        workspace.outDir().resolve(CERTIFICATES_FOLDER),
        CertificateSettings.baseUrl(workspace.settings()),
        template,
        Optional.empty(),
        CertificateSettings.signatory(workspace.settings()),
        Runtime.getRuntime().availableProcessors());
  }

  /** The same options writing the PDFs into {@code dir}. */
  public IssueOptions withOutDir(Path dir) {
    return new IssueOptions(
        dir, verificationBaseUrl, template, timestampAuthority, signatory, threads);
  }

  /** The same options with another verification base URL (an http or https URL). */
  public IssueOptions withVerificationBaseUrl(String url) {
    return new IssueOptions(outDir, url, template, timestampAuthority, signatory, threads);
  }

  public IssueOptions withTemplate(CertificateTemplate newTemplate) {
    return new IssueOptions(
        outDir, verificationBaseUrl, newTemplate, timestampAuthority, signatory, threads);
  }

  /**
   * The same options with every signature timestamped by the RFC 3161 authority at {@code url}.
   *
   * @throws org.ocnkit.InvalidInputException when {@code url} is not an http(s) URL with a host
   */
  public IssueOptions withTimestampAuthority(URI url) {
    SigningOptions.builder(java.time.Instant.EPOCH).timestampAuthority(url); // checks the URL
    return new IssueOptions(
        outDir, verificationBaseUrl, template, Optional.of(url), signatory, threads);
  }

  /** The same options printing {@code who} as responsible for the award (or no one). */
  public IssueOptions withSignatory(Optional<Signatory> who) {
    return new IssueOptions(
        outDir, verificationBaseUrl, template, timestampAuthority, who, threads);
  }

  /**
   * The same options rendering and signing on {@code count} threads (default: one per core). The
   * register, the log and the files are still written by one thread, in the order of the requests,
   * in one transaction.
   *
   * @throws IllegalArgumentException when {@code count} is below 1
   */
  public IssueOptions withThreads(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + count);
    }
    return new IssueOptions(
        outDir, verificationBaseUrl, template, timestampAuthority, signatory, count);
  }

  /** How many threads render and sign a batch's PDFs. */
  public int threads() {
    return threads;
  }

  /** The person responsible for the award ({@code certificate.signatory.*}), if set. */
  public Optional<Signatory> signatory() {
    return signatory;
  }

  /** Where the PDFs are written, as {@code <code>.pdf}. */
  public Path outDir() {
    return outDir;
  }

  public String verificationBaseUrl() {
    return verificationBaseUrl;
  }

  public CertificateTemplate template() {
    return template;
  }

  public Optional<URI> timestampAuthority() {
    return timestampAuthority;
  }
}

package org.ocnkit.certificate;

import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.credential.CredentialSource;
import org.ocnkit.certificate.credential.EuropeanCredentials;
import org.ocnkit.certificate.credential.OpenBadgeCredential;
import org.ocnkit.certificate.credential.OpenBadgeCredentials;
import org.ocnkit.certificate.credential.internal.PagePreview;
import org.ocnkit.certificate.internal.IssueStages;
import org.ocnkit.certificate.signature.PdfSigner;
import org.ocnkit.certificate.signature.SigningOptions;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.LogStore;
import org.ocnkit.ledger.ProofBundle;
import org.ocnkit.ledger.SignedCheckpoint;
import org.ocnkit.ledger.TransparencyLog;
import org.ocnkit.pdf.AfRelationship;
import org.ocnkit.pdf.Attachment;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Settings;
import org.ocnkit.store.Tx;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitCode;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;
import org.ocnkit.unit.catalog.UnitRecords;

/**
 * Issues certificates: the one call that turns {@link CertificateRequest requests} into signed,
 * logged, registered certificate PDFs.
 *
 * <pre>{@code
 * try (Workspace ws = Workspace.open(dir)) {
 *   IssuingKeys keys = IssuerKeyFiles.of(ws).load(password);
 *   IssuedBatch batch = CertificateIssuer.of(ws, keys).issue("Maria Lind", requests);
 * }
 * }</pre>
 *
 * <p>A batch is one transaction: each certificate gets the next serial number and its record; every
 * fingerprint is appended to the transparency log; one checkpoint is signed for the batch with the
 * log key; each certificate is entered in the register with its references; then each PDF is
 * rendered with the record ({@code certificate.xml}) and its log proof ({@value #LOG_PROOF_FILE}, a
 * C2SP tlog-proof bundle) embedded, together with the same achievement as Open Badges 3.0
 * credentials (one per unit, VC-JOSE) and a European Learning Model credential (relationship
 * Alternative; package {@code org.ocnkit.certificate.credential}), signed (PAdES B-B, or B-T with a
 * timestamp authority).
 *
 * <p>The work goes in three stages, so that a kill at any moment leaves either nothing or complete,
 * committed certificates: <b>stage</b> (each signed PDF goes to a staging folder in the workspace,
 * inside the transaction), <b>commit</b> (register, log, checkpoint, audit events), <b>publish</b>
 * (each PDF is moved to {@code <out>/<code>.pdf}). If anything fails before the commit (a name the
 * fonts cannot show, the timestamp authority, the disk) nothing is committed and the staged files
 * are removed; no signed checkpoint or certificate of an uncommitted tree leaves the staging
 * folder. What a killed run left is finished by the next one ({@link #finishInterrupted}).
 *
 * <p>What it checks: units achieved and the holder born before the issue date (today on the
 * workspace's clock), the issuer certificate valid today. What it does not: whether the units may
 * be certified (signed off, moderated, approved); the caller decides that before asking.
 */
public final class CertificateIssuer {
  /** The name of the embedded transparency-log proof. */
  public static final String LOG_PROOF_FILE = "log-proof.txt";

  private final Workspace workspace;
  private final IssuingKeys keys;
  private final IssueOptions options;

  public CertificateIssuer(Workspace workspace, IssuingKeys keys, IssueOptions options) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** An issuer with the workspace's {@link IssueOptions#forWorkspace defaults}. */
  public static CertificateIssuer of(Workspace workspace, IssuingKeys keys) {
    return new CertificateIssuer(workspace, keys, IssueOptions.forWorkspace(workspace));
  }

  /** Issues one certificate per request; see the class documentation. */
  public IssuedBatch issue(String actor, List<CertificateRequest> requests) {
    return issue(actor, requests, IssueProgress.NONE);
  }

  /**
   * Issues one certificate per request, telling {@code progress} after each PDF is written.
   *
   * @throws IllegalArgumentException when {@code requests} is empty
   * @throws RefusedException listing every request that cannot be certified today, or when the
   *     issuer certificate is not valid today or the log no longer matches its checkpoint
   * @throws org.ocnkit.InvalidInputException when a name or title holds a character the
   *     certificate's fonts cannot show
   * @throws org.ocnkit.EnvironmentException when the database, a file or the timestamp authority
   *     fails
   */
  public IssuedBatch issue(
      String actor, List<CertificateRequest> requests, IssueProgress progress) {
    return issue(actor, requests, progress, (tx, r) -> {});
  }

  /**
   * A check the caller runs inside the issuing transaction, before anything is written: what it
   * reads cannot change before the batch commits, because write transactions are serialized (across
   * every desk of a shared workspace too).
   */
  @FunctionalInterface
  public interface Guard {
    /**
     * @throws RefusedException when the batch must not be issued
     */
    void check(ReadTx tx, List<CertificateRequest> requests) throws SQLException;
  }

  /**
   * Issues one certificate per request, running {@code guard} first inside the issuing transaction
   * (see {@link Certification#NOT_CERTIFIED_MEANWHILE}).
   */
  public IssuedBatch issue(
      String actor, List<CertificateRequest> requests, IssueProgress progress, Guard guard) {
    Objects.requireNonNull(guard, "guard");
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(progress, "progress");
    if (requests.isEmpty()) {
      throw new IllegalArgumentException("no certificate requested");
    }
    List<CertificateRequest> batch = List.copyOf(requests);
    X509Certificate certificate = keys.issuer().certificate();
    Issuer issuer = Issuer.of(organisation(workspace.settings(), certificate), der(certificate));
    finishInterrupted(workspace);
    try (IssueStaging staging = IssueStaging.open(workspace)) {
      // 1. Stage: render and sign every PDF into the staging folder, inside the transaction.
      // 2. Commit: register, log entries, checkpoint and audit events, all or nothing.
      IssuedBatch issued =
          workspace
              .store()
              .write(
                  actor,
                  tx -> {
                    IssuedBatch run = new Run(tx, issuer, batch, progress, guard, staging).issue();
                    IssueStages.reached(IssueStages.Stage.ALL_STAGED);
                    return run;
                  });
      IssueStages.reached(IssueStages.Stage.COMMITTED);
      // 3. Publish: move the committed certificates into place. A kill before this ends leaves
      // them in staging, where finishInterrupted moves them on the next run; a failure here
      // keeps them there too (close() would otherwise remove them).
      try {
        staging.publish();
      } catch (RuntimeException e) {
        staging.keep();
        throw e;
      }
      return issued;
    }
  }

  /**
   * Finishes what interrupted issuing runs left in {@code workspace}'s staging folder: moves into
   * place the certificates a run committed but did not publish, and removes the files of runs that
   * never committed. {@link #issue} calls it first; front ends call {@link
   * CertificateService#finishInterrupted} to tell the user what was found.
   */
  static InterruptedIssue finishInterrupted(Workspace workspace) {
    return IssueStaging.recover(workspace);
  }

  /** A new row of {@code certificate}: the register's entry for one certificate issued. */
  private record CertificateRow(
      long serial,
      Fingerprint fingerprint,
      CertificateCode code,
      Instant issuedAt,
      LocalDate issueDate,
      long leafIndex,
      long treeSize) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("serial", serial);
      row.put("fingerprint", fingerprint.hex());
      row.put("code", code.value());
      row.put("issued_at", issuedAt);
      row.put("issue_date", issueDate);
      row.put("leaf_index", leafIndex);
      row.put("tree_size", treeSize);
      return row;
    }
  }

  /** A new row of {@code certificate_reference}: one reference recorded with a certificate. */
  private record ReferenceRow(long certificate, CertificateRequest.Reference reference) {
    Map<String, Object> columns() {
      return Map.of(
          "certificate_id", certificate, "kind", reference.kind(), "ref", reference.value());
    }
  }

  /** One batch inside its transaction. */
  private final class Run {
    private final Tx tx;
    private final Issuer issuer;
    private final List<CertificateRequest> requests;
    private final IssueProgress progress;
    private final Guard guard;
    private final IssueStaging staging;
    private final Instant now;
    private final LocalDate today;

    Run(
        Tx tx,
        Issuer issuer,
        List<CertificateRequest> requests,
        IssueProgress progress,
        Guard guard,
        IssueStaging staging) {
      this.guard = guard;
      this.tx = tx;
      this.issuer = issuer;
      this.requests = requests;
      this.progress = progress;
      this.staging = staging;
      this.now = tx.now();
      this.today = tx.today();
    }

    IssuedBatch issue() throws SQLException {
      checkRequests();
      List<CertificateRecord> records = records();
      TransparencyLog log = new TransparencyLog(LogStore.jdbc(tx.connection()));
      long first = log.size();
      List<Long> indexes =
          log.appendAll(records.stream().map(r -> Hash.of(r.fingerprint().bytes())).toList());
      for (int i = 0; i < indexes.size(); i++) {
        if (indexes.get(i) != first + i) {
          throw new RefusedException(
              message(
                  "issue.alreadyInLog",
                  records.get(i).fingerprint().hex(),
                  String.valueOf(indexes.get(i))));
        }
      }
      SignedCheckpoint checkpoint =
          log.signCheckpoint(keys.log(), now, CertificateLog.auditHead(tx));
      tx.event(
          "ledger.checkpoint",
          "ledger_checkpoint:" + checkpoint.treeHead().size(),
          checkpoint.encoded());
      CertificateRenderer renderer = new CertificateRenderer(options.template());
      List<IssuedCertificate> issued = new ArrayList<>();
      // Rendering and signing (most of the time) run on every core, at most a window of PDFs
      // ahead of the writer so that memory stays bounded; the register rows, the unit look-ups
      // and the files are written by this thread, inside the transaction, in the order of the
      // requests. The window slides: the next request is handed out as soon as one is written,
      // so no core waits for the slowest PDF of a group.
      int threads = Math.min(options.threads(), records.size());
      ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
      try {
        int window = Math.max(1, threads * 2);
        ArrayDeque<Future<byte[]>> pdfs = new ArrayDeque<>();
        ArrayDeque<ProofBundle> bundles = new ArrayDeque<>();
        int next = 0;
        for (int i = 0; i < records.size(); i++) {
          for (; next < records.size() && next < i + window; next++) {
            CertificateRecord record = records.get(next);
            ProofBundle bundle = log.proofBundle(Hash.of(record.fingerprint().bytes()));
            register(record, bundle, requests.get(next).references());
            Map<UnitCode, CourseUnit> units = units(record);
            Callable<byte[]> signed = () -> signedPdf(renderer, record, bundle, units);
            pdfs.addLast(
                pool == null
                    ? CompletableFuture.completedFuture(call(signed))
                    : pool.submit(signed));
            bundles.addLast(bundle);
          }
          CertificateRecord record = records.get(i);
          Path file = write(record, await(pdfs.removeFirst()));
          issued.add(
              new IssuedCertificate(
                  record, bundles.removeFirst().index(), file, requests.get(i).references()));
          progress.written(i + 1, records.size());
        }
      } finally {
        if (pool != null) {
          pool.shutdownNow();
        }
      }
      return new IssuedBatch(issued, checkpoint);
    }

    /** Every reason a request cannot be certified today, all at once. */
    private void checkRequests() throws SQLException {
      guard.check(tx, requests);
      List<Problem> problems = new ArrayList<>();
      if (!validOn(keys.issuer().certificate())) {
        problems.add(
            new Problem(
                "",
                message(
                    "issue.issuerNotValid",
                    today,
                    keys.issuer().describe().notBefore(),
                    keys.issuer().describe().notAfter())));
      }
      for (int i = 0; i < requests.size(); i++) {
        CertificateRequest request = requests.get(i);
        String where = "request " + (i + 1);
        if (!request.holder().dateOfBirth().isBefore(today)) {
          problems.add(
              new Problem(
                  where, message("issue.bornAfterIssue", request.holder().dateOfBirth(), today)));
        }
        for (AchievedUnit unit : request.units()) {
          if (unit.achieved().isAfter(today)) {
            problems.add(
                new Problem(
                    where,
                    message("issue.achievedAfterIssue", unit.ref(), unit.achieved(), today)));
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new RefusedException(problems);
      }
    }

    private boolean validOn(X509Certificate certificate) {
      return !now.isBefore(certificate.getNotBefore().toInstant())
          && !now.isAfter(certificate.getNotAfter().toInstant());
    }

    /**
     * The records with serial numbers following the register's last; a serial whose short code
     * another certificate already has (60 bits: rare, not impossible) is skipped.
     */
    private List<CertificateRecord> records() throws SQLException {
      long serial = tx.queryLong("SELECT COALESCE(MAX(serial), 0) FROM certificate") + 1;
      Set<CertificateCode> codes = new HashSet<>();
      List<CertificateRecord> records = new ArrayList<>();
      for (CertificateRequest request : requests) {
        CertificateRecord record;
        do {
          CertificateRecord.Builder builder =
              CertificateRecord.builder()
                  .language(request.language())
                  .holder(request.holder())
                  .issuer(issuer)
                  .serial(serial++)
                  .programme(request.programme())
                  .units(request.units())
                  .issueDate(today);
          request.qualification().ifPresent(builder::qualification);
          record = builder.build();
        } while (!codes.add(record.code()) || codeTaken(record.code()));
        records.add(record);
      }
      return records;
    }

    private boolean codeTaken(CertificateCode code) throws SQLException {
      return tx.queryLong("SELECT count(*) FROM certificate WHERE code = ?", code.value()) > 0;
    }

    private void register(
        CertificateRecord record, ProofBundle bundle, List<CertificateRequest.Reference> references)
        throws SQLException {
      long id =
          tx.insert(
              "certificate",
              new CertificateRow(
                      record.serial(),
                      record.fingerprint(),
                      record.code(),
                      now,
                      today,
                      bundle.index(),
                      bundle.checkpoint().treeHead().size())
                  .columns(),
              "certificate.issue");
      for (CertificateRequest.Reference reference : references) {
        tx.insert(
            "certificate_reference",
            new ReferenceRow(id, reference).columns(),
            "certificate.reference");
      }
    }

    /** The signed PDF of {@code record}: thread-safe, touches neither the database nor files. */
    private byte[] signedPdf(
        CertificateRenderer renderer,
        CertificateRecord record,
        ProofBundle bundle,
        Map<UnitCode, CourseUnit> units) {
      Attachment proof =
          Attachment.text(
              LOG_PROOF_FILE,
              "text/plain",
              AfRelationship.SUPPLEMENT,
              "Bevis i transparensloggen \u00b7 Transparency-log inclusion proof",
              bundle.encoded(),
              now);
      RenderOptions render =
          RenderOptions.of(options.verificationBaseUrl())
              .createdAt(now)
              .attach(proof)
              .withSignatory(options.signatory());
      for (Attachment credential :
          credentials(record, bundle, units, renderer.render(record, render))) {
        render = render.attach(credential);
      }
      byte[] pdf = renderer.render(record, render);
      SigningOptions.Builder signing =
          SigningOptions.builder(now)
              .signerName(issuer.organisation())
              .reason(
                  record.kind() == CertificateRecord.Kind.QUALIFICATION
                      ? "Utbildningsbevis \u00b7 OCN qualification certificate " + record.code()
                      : "OCN-intyg \u00b7 OCN certificate " + record.code());
      options.timestampAuthority().ifPresent(signing::timestampAuthority);
      return PdfSigner.sign(pdf, keys.issuer(), signing.build());
    }

    private Path write(CertificateRecord record, byte[] signed) {
      Path file = options.outDir().resolve(record.code().value() + ".pdf");
      staging.stage(record.fingerprint().hex(), file, signed);
      return file;
    }

    /** The approved units a certificate lists, as the workspace holds them. */
    private Map<UnitCode, CourseUnit> units(CertificateRecord record) throws SQLException {
      Map<UnitCode, CourseUnit> units = new LinkedHashMap<>();
      for (AchievedUnit unit : record.units()) {
        UnitRecords.find(
                tx, new UnitRef.Query(unit.ref().code(), Optional.of(unit.ref().version())))
            .map(StoredUnit::unit)
            .filter(u -> u.hash().equals(unit.hash()))
            .ifPresent(u -> units.put(unit.ref().code(), u));
      }
      return units;
    }

    /**
     * The same certificate in the formats wallets and registries read (issue 20): one Open Badges
     * 3.0 credential per unit and one European Learning Model credential, embedded as associated
     * files with relationship Alternative. {@code preview} is the certificate without them (the
     * page looks the same), whose first page the European credential shows.
     */
    private List<Attachment> credentials(
        CertificateRecord record,
        ProofBundle bundle,
        Map<UnitCode, CourseUnit> units,
        byte[] preview) {
      CredentialSource source =
          new CredentialSource(
              record, units, now, options.verificationBaseUrl(), Optional.of(bundle));
      List<Attachment> out = new ArrayList<>();
      for (OpenBadgeCredential badge : OpenBadgeCredentials.sign(source, keys.issuer())) {
        out.add(
            new Attachment(
                badge.fileName(),
                OpenBadgeCredential.MEDIA_TYPE,
                AfRelationship.ALTERNATIVE,
                "Open Badges 3.0: " + badge.unit() + " (VC-JOSE, " + record.code() + ")",
                badge.bytes(),
                now));
      }
      out.add(
          new Attachment(
              EuropeanCredentials.FILE_NAME,
              EuropeanCredentials.MEDIA_TYPE,
              AfRelationship.ALTERNATIVE,
              "Europass (European Learning Model 3) \u00b7 " + record.code(),
              EuropeanCredentials.build(
                  source, PagePreview.firstPage(preview), country(keys.issuer().certificate())),
              now));
      return out;
    }
  }

  /**
   * The organisation printed as issuer: the workspace's {@code org.name}, else the issuer
   * certificate's O, else its CN.
   */
  static String organisation(Settings settings, X509Certificate certificate) {
    Optional<String> configured = settings.get(Settings.ORG_NAME);
    if (configured.isPresent()) {
      return configured.get();
    }
    try {
      LdapName name =
          new LdapName(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253));
      for (String type : List.of("O", "CN")) {
        for (Rdn rdn : name.getRdns()) {
          if (rdn.getType().equalsIgnoreCase(type)) {
            return rdn.getValue().toString();
          }
        }
      }
    } catch (InvalidNameException e) {
      // Fall through to the refusal: the name cannot be read.
    }
    throw new RefusedException(message("issue.noOrganisation"));
  }

  /** The issuer certificate's country (C), ISO 3166-1 alpha-2; Sweden when it names none. */
  static String country(X509Certificate certificate) {
    try {
      LdapName name =
          new LdapName(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253));
      for (Rdn rdn : name.getRdns()) {
        if (rdn.getType().equalsIgnoreCase("C")
            && rdn.getValue().toString().matches("[A-Za-z]{2}")) {
          return rdn.getValue().toString().toUpperCase(java.util.Locale.ROOT);
        }
      }
    } catch (InvalidNameException e) {
      // Fall back to Sweden, where ocnkit's issuers are.
    }
    return "SE";
  }

  private static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("a loaded certificate can be encoded", e);
    }
  }

  private static byte[] call(Callable<byte[]> task) {
    try {
      return task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The result of a render-and-sign task, its failure rethrown as it was thrown. */
  private static byte[] await(Future<byte[]> pdf) {
    try {
      return pdf.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while issuing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Message message(String key, Object... args) {
    return Message.of(CertificateIssuer.class, key, args);
  }
}

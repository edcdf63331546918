package org.ocnkit.certificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.certificate.signature.CertificateDescription;
import org.ocnkit.certificate.signature.CheckResult;
import org.ocnkit.certificate.signature.PdfSignatureReport;
import org.ocnkit.certificate.signature.PdfSignatureVerifier;
import org.ocnkit.certificate.signature.RevocationEntry;
import org.ocnkit.certificate.signature.SignatureCheck;
import org.ocnkit.certificate.signature.SignatureInfo;
import org.ocnkit.ledger.BundleVerification;
import org.ocnkit.ledger.ConsistencyVerification;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.LogCheck;
import org.ocnkit.ledger.LogStore;
import org.ocnkit.ledger.NoteVerifierKey;
import org.ocnkit.ledger.ProofBundle;
import org.ocnkit.ledger.TransparencyLog;
import org.ocnkit.ledger.TreeHead;
import org.ocnkit.pdf.Attachment;
import org.ocnkit.pdf.ParsedPdf;

/**
 * Verifies certificate PDFs: the one call an employer's check comes down to.
 *
 * <pre>{@code
 * VerificationResult result = new CertificateVerifier(VerificationOptions.forWorkspace(ws))
 *     .verify(Path.of("OCN-7K3M-Q9TX-2B4R-H.pdf"));
 * }</pre>
 *
 * <p>Every check is reported by name, in this order:
 *
 * <ol>
 *   <li>the signature ({@link SignatureCheck}): {@code SIGNATURE_PRESENT}, {@code
 *       SIGNATURE_INTACT}, {@code COVERS_WHOLE_FILE} (no byte and no incremental update after it),
 *       {@code SIGNER_TRUSTED}, and {@code TIMESTAMP} when there is one (an authority nobody trusts
 *       makes it not checked, not failed);
 *   <li>the content ({@link CertificateDocument}): {@code RECORD}, {@code RECORD_HASH} (the printed
 *       code and fingerprint are the record's), {@code VISIBLE_TEXT};
 *   <li>{@value #ISSUER}: the record names the certificate that signed the PDF; when that
 *       certificate is trusted through a CA rather than as itself, the organisation the record
 *       names must also be the one in the signer certificate's subject (O, else CN), so that one
 *       organisation under a shared CA cannot issue in another's name;
 *   <li>{@value #STATUS}: valid in the register or not on the revocation list; not checked when
 *       neither is given;
 *   <li>{@value #LOG_CHECKPOINT}: the embedded checkpoint is signed by the pinned log key; {@value
 *       #LOG_INCLUSION}: the embedded inclusion proof leads from the record's fingerprint to that
 *       checkpoint's root; {@value #LOG_CONSISTENCY}: the log the verifier compares with (the
 *       workspace's, or a published copy) grew from the embedded checkpoint by appending only.
 * </ol>
 *
 * <p>The verdict follows the options' policy: {@link VerificationResult.Verdict#VALID} only when
 * every check ran and passed (or was accepted as not run by name), {@link
 * VerificationResult.Verdict#VALID_AS_FAR_AS_CHECKED} when nothing failed but a required check
 * could not run. Time-dependent checks are made at the verifier's clock ({@link
 * VerificationOptions#now()}).
 *
 * <p>Any bytes may be given: a file that is not a certificate gives the verdict {@link
 * VerificationResult.Verdict#NOT_A_CERTIFICATE}, never an exception.
 */
public final class CertificateVerifier {
  /** The record's issuer is the signer. */
  public static final String ISSUER = "ISSUER";

  /** Valid in the register, or not on the revocation list. */
  public static final String STATUS = "STATUS";

  /** The embedded checkpoint is signed by the pinned log key. */
  public static final String LOG_CHECKPOINT = "LOG_CHECKPOINT";

  /** The embedded proof leads from the fingerprint to the checkpoint's root. */
  public static final String LOG_INCLUSION = "LOG_INCLUSION";

  /** The reference log extends the embedded checkpoint. */
  public static final String LOG_CONSISTENCY = "LOG_CONSISTENCY";

  private final VerificationOptions options;

  public CertificateVerifier(VerificationOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Verifies the file {@code file}.
   *
   * @throws InvalidInputException when the file cannot be read at all
   */
  public VerificationResult verify(Path file) {
    byte[] bytes;
    try {
      org.ocnkit.input.InputLimits.checkRegularFile(file, file.toString());
      if (Files.size(file) > MAX_FILE_BYTES) {
        return notACertificate(
            file.toString(),
            message(
                "verify.tooLarge",
                String.valueOf(Files.size(file)),
                String.valueOf(MAX_FILE_BYTES)));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(new Problem(file.toString(), message("verify.noFile")));
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(
              file.toString(), message("verify.unreadableFile", String.valueOf(e.getMessage()))),
          e);
    }
    return verify(file.toString(), bytes);
  }

  /**
   * Verifies {@code pdf}, named {@code source} in the result. Hostile structure that the readers
   * did not catch themselves (nesting deep enough to exhaust the stack, a type no reader expected)
   * gives {@link VerificationResult.Verdict#NOT_A_CERTIFICATE} with a one-line reason.
   */
  public VerificationResult verify(String source, byte[] pdf) {
    if (pdf.length > MAX_FILE_BYTES) {
      return notACertificate(
          source,
          message("verify.tooLarge", String.valueOf(pdf.length), String.valueOf(MAX_FILE_BYTES)));
    }
    try {
      return new Run(source, pdf).verify();
    } catch (org.ocnkit.OcnkitException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      return notACertificate(source, message("verify.malformed", e.getClass().getSimpleName()));
    }
  }

  /** The largest file verified: a certificate is some hundred kilobytes. */
  public static final long MAX_FILE_BYTES = 32L << 20;

  private VerificationResult notACertificate(String source, Message reason) {
    return new VerificationResult(
        source,
        VerificationResult.Verdict.NOT_A_CERTIFICATE,
        List.of(
            VerificationCheck.failed(CertificateDocument.RECORD, message("verify.notPdf", reason))),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        options.logKeySource(),
        options.policy());
  }

  /** One verification. */
  private final class Run {
    private final String source;
    private final byte[] pdf;
    private final List<VerificationCheck> checks = new ArrayList<>();
    private Optional<SignatureInfo> signature = Optional.empty();
    private Optional<RegisterEntry.Revocation> revocation = Optional.empty();
    private boolean underReview;
    private final VerificationOptions.Policy policy = options.policy();

    Run(String source, byte[] pdf) {
      this.source = source;
      this.pdf = pdf;
    }

    VerificationResult verify() {
      // The file is parsed once for both the signature and the contents; a file PDFBox cannot
      // load is left to each reader, which reports the failure in its own words.
      Optional<ParsedPdf> parsed = ParsedPdf.load(pdf);
      try {
        return verify(parsed);
      } finally {
        parsed.ifPresent(ParsedPdf::close);
      }
    }

    private VerificationResult verify(Optional<ParsedPdf> parsed) {
      PdfSignatureReport report =
          parsed.isPresent()
              ? PdfSignatureVerifier.verify(pdf, parsed.get(), options.trust(), policy.verifiedAt())
              : PdfSignatureVerifier.verify(pdf, options.trust(), policy.verifiedAt());
      signature = report.signature();
      report.checks().forEach(c -> checks.add(signatureCheck(c)));
      CertificateDocument document;
      try {
        document =
            parsed.isPresent()
                ? CertificateDocument.read(source, parsed.get())
                : CertificateDocument.read(source, pdf);
      } catch (InvalidInputException e) {
        // A signed file whose content cannot be read was damaged; anything else is no certificate.
        boolean signed =
            report.result(SignatureCheck.SIGNATURE_PRESENT).map(CheckResult::passed).orElse(false);
        checks.add(
            VerificationCheck.failed(
                CertificateDocument.RECORD,
                message(
                    signed ? "verify.unreadable" : "verify.notPdf",
                    e.problems().get(0).message())));
        return result(
            signed
                ? VerificationResult.Verdict.INVALID
                : VerificationResult.Verdict.NOT_A_CERTIFICATE,
            Optional.empty());
      }
      for (Check c : document.checks()) {
        checks.add(VerificationCheck.of(c.name(), c.passed(), c.reason()));
      }
      if (document.recordBytes().isEmpty()) {
        return result(VerificationResult.Verdict.NOT_A_CERTIFICATE, Optional.empty());
      }
      Fingerprint fingerprint = document.fingerprint().orElseThrow();
      checks.add(issuerCheck(document.record()));
      checks.add(statusCheck(fingerprint));
      logChecks(document, fingerprint);
      return result(
          VerificationResult.conclude(checks, revocation.isPresent(), underReview, policy),
          document.record());
    }

    private VerificationResult result(
        VerificationResult.Verdict verdict, Optional<CertificateRecord> record) {
      return new VerificationResult(
          source, verdict, checks, record, signature, revocation, options.logKeySource(), policy);
    }

    /** A signature check; a timestamp by an authority nobody trusts is not counted either way. */
    private VerificationCheck signatureCheck(CheckResult c) {
      if (c.check() == SignatureCheck.TIMESTAMP
          && !c.passed()
          && c.reason().key().equals("timestamp.untrusted")) {
        return VerificationCheck.notChecked(c.name(), c.reason());
      }
      return VerificationCheck.of(c.name(), c.passed(), c.reason());
    }

    private VerificationCheck issuerCheck(Optional<CertificateRecord> record) {
      Optional<CertificateDescription> signer = signature.flatMap(SignatureInfo::signer);
      if (record.isEmpty() || signer.isEmpty()) {
        return VerificationCheck.notChecked(ISSUER, message("verify.issuer.notChecked"));
      }
      Issuer issuer = record.get().issuer();
      if (issuer.certificateSha256().equals(signer.get().sha256Fingerprint())) {
        if (!trustedItself(signer.get())) {
          // Trusted through a CA that may certify several organisations: the organisation the
          // record names must be the one the CA certified, or any of them could issue in
          // another's name.
          Optional<String> certified = signer.get().organisation();
          if (certified.isEmpty() || !sameOrganisation(certified.get(), issuer.organisation())) {
            return VerificationCheck.failed(
                ISSUER,
                message(
                    "verify.issuer.otherOrganisation",
                    issuer.organisation(),
                    signer.get().subject(),
                    certified.orElse("?")));
          }
        }
        return VerificationCheck.passed(
            ISSUER,
            message(
                "verify.issuer.ok", issuer.organisation(), issuer.abbreviatedCertificateSha256()));
      }
      return VerificationCheck.failed(
          ISSUER,
          message(
              "verify.issuer.mismatch",
              issuer.organisation(),
              issuer.abbreviatedCertificateSha256(),
              signer.get().subject(),
              signer.get().sha256Fingerprint()));
    }

    /** True when the signer's certificate is itself a trust anchor, not one a CA vouches for. */
    private boolean trustedItself(CertificateDescription signer) {
      return options.trust().signers().stream()
          .anyMatch(
              a ->
                  CertificateDescription.of(a)
                      .sha256Fingerprint()
                      .equals(signer.sha256Fingerprint()));
    }

    private VerificationCheck statusCheck(Fingerprint fingerprint) {
      if (options.register().isPresent()) {
        Optional<RegisterEntry> entry =
            options.register().get().read(tx -> CertificateRecords.find(tx, fingerprint));
        if (entry.isEmpty()) {
          return VerificationCheck.failed(STATUS, message("verify.status.unknown"));
        }
        RegisterEntry e = entry.get();
        if (e.revocation().isPresent()) {
          revocation = e.revocation();
          return VerificationCheck.failed(
              STATUS,
              message(
                  "verify.status.revoked",
                  e.code(),
                  e.revocation().get().revokedAt(),
                  e.revocation().get().reason()));
        }
        if (e.review().isPresent()) {
          underReview = true;
          return VerificationCheck.failed(
              STATUS,
              message(
                  "verify.status.underReview",
                  e.code(),
                  e.review().get().flaggedAt(),
                  e.review().get().cause()));
        }
        return VerificationCheck.passed(
            STATUS,
            message("verify.status.valid", e.code(), String.valueOf(e.serial()), e.issuedAt()));
      }
      if (options.revocations().isPresent()) {
        Optional<RevocationEntry> revoked = options.revocations().get().find(fingerprint.hex());
        if (revoked.isPresent()) {
          revocation =
              Optional.of(
                  new RegisterEntry.Revocation(revoked.get().revokedAt(), revoked.get().reason()));
          return VerificationCheck.failed(
              STATUS,
              message(
                  "verify.status.listed",
                  revoked.get().certificateCode(),
                  revoked.get().revokedAt(),
                  revoked.get().reason(),
                  options.revocations().get().issuedAt()));
        }
        return VerificationCheck.passed(
            STATUS, message("verify.status.notListed", options.revocations().get().issuedAt()));
      }
      return VerificationCheck.notChecked(STATUS, message("verify.status.notChecked"));
    }

    private void logChecks(CertificateDocument document, Fingerprint fingerprint) {
      Optional<Attachment> attachment = document.attachment(CertificateIssuer.LOG_PROOF_FILE);
      if (attachment.isEmpty()) {
        checks.add(VerificationCheck.failed(LOG_CHECKPOINT, message("verify.log.missing")));
        checks.add(VerificationCheck.notChecked(LOG_INCLUSION, message("verify.log.noProof")));
        checks.add(VerificationCheck.notChecked(LOG_CONSISTENCY, message("verify.log.noProof")));
        return;
      }
      ProofBundle bundle;
      try {
        bundle = ProofBundle.parse(new String(attachment.get().content(), StandardCharsets.UTF_8));
      } catch (InvalidInputException e) {
        checks.add(
            VerificationCheck.failed(
                LOG_CHECKPOINT, message("verify.log.malformed", e.problems().get(0).toString())));
        checks.add(VerificationCheck.notChecked(LOG_INCLUSION, message("verify.log.noProof")));
        checks.add(VerificationCheck.notChecked(LOG_CONSISTENCY, message("verify.log.noProof")));
        return;
      }
      if (options.logKey().isEmpty()) {
        checks.add(
            VerificationCheck.notChecked(
                LOG_CHECKPOINT,
                message("verify.log.noKey", bundle.checkpoint().checkpoint().origin())));
        checks.add(VerificationCheck.notChecked(LOG_INCLUSION, message("verify.log.unsigned")));
        checks.add(VerificationCheck.notChecked(LOG_CONSISTENCY, message("verify.log.unsigned")));
        return;
      }
      NoteVerifierKey key = options.logKey().get();
      BundleVerification verified = bundle.verify(Hash.of(fingerprint.bytes()), key);
      checks.add(logCheck(LOG_CHECKPOINT, verified.checkpoint()));
      checks.add(logCheck(LOG_INCLUSION, verified.inclusion()));
      checks.add(consistencyCheck(bundle, key));
    }

    private VerificationCheck consistencyCheck(ProofBundle bundle, NoteVerifierKey key) {
      if (options.publishedLog().isPresent()) {
        ConsistencyVerification verified =
            options.publishedLog().get().verifyConsistency(bundle.checkpoint(), key);
        for (LogCheck c : verified.checks()) {
          if (!c.passed()) {
            return VerificationCheck.failed(LOG_CONSISTENCY, c.message());
          }
        }
        if (!options.witnesses().isEmpty()) {
          LogCheck cosigned =
              options
                  .publishedLog()
                  .get()
                  .checkpoint()
                  .verifyCosignatures(options.witnesses(), options.witnessesRequired());
          if (!cosigned.passed()) {
            return VerificationCheck.failed(
                LOG_CONSISTENCY, message("verify.log.notWitnessed", cosigned.message()));
          }
          return VerificationCheck.passed(
              LOG_CONSISTENCY,
              message(
                  "verify.log.witnessed",
                  String.valueOf(bundle.checkpoint().treeHead().size()),
                  String.valueOf(options.publishedLog().get().checkpoint().treeHead().size()),
                  verified.consistency().message(),
                  cosigned.message()));
        }
        return VerificationCheck.passed(
            LOG_CONSISTENCY,
            message(
                "verify.log.published",
                String.valueOf(bundle.checkpoint().treeHead().size()),
                String.valueOf(options.publishedLog().get().checkpoint().treeHead().size()),
                verified.consistency().message()));
      }
      if (options.workspaceLog().isPresent()) {
        TreeHead held = bundle.checkpoint().treeHead();
        return options
            .workspaceLog()
            .get()
            .read(
                tx -> {
                  TransparencyLog log = new TransparencyLog(LogStore.jdbc(tx.connection()));
                  long size = log.size();
                  if (held.size() > size) {
                    return VerificationCheck.failed(
                        LOG_CONSISTENCY,
                        message(
                            "verify.log.beyondWorkspace",
                            String.valueOf(held.size()),
                            String.valueOf(size)));
                  }
                  if (!log.treeHead(held.size()).rootHash().equals(held.rootHash())) {
                    return VerificationCheck.failed(
                        LOG_CONSISTENCY, message("verify.log.fork", String.valueOf(held.size())));
                  }
                  return VerificationCheck.passed(
                      LOG_CONSISTENCY,
                      message(
                          "verify.log.workspace",
                          String.valueOf(held.size()),
                          String.valueOf(size)));
                });
      }
      return VerificationCheck.notChecked(LOG_CONSISTENCY, message("verify.log.noReference"));
    }

    private VerificationCheck logCheck(String name, LogCheck check) {
      return VerificationCheck.of(name, check.passed(), check.message());
    }
  }

  /** Equal names, ignoring case, accents' composition and runs of whitespace. */
  static boolean sameOrganisation(String a, String b) {
    return normalizedName(a).equals(normalizedName(b));
  }

  private static String normalizedName(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC)
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static Message message(String key, Object... args) {
    return Message.of(CertificateVerifier.class, key, args);
  }
}

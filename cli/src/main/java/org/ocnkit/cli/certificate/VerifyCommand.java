package org.ocnkit.cli.certificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.CertificateRecord;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.RegisterEntry;
import org.ocnkit.certificate.VerificationCheck;
import org.ocnkit.certificate.VerificationOptions;
import org.ocnkit.certificate.VerificationResult;
import org.ocnkit.certificate.VerificationSources;
import org.ocnkit.certificate.credential.OpenBadgeVerifier;
import org.ocnkit.certificate.signature.SignatureInfo;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.Json;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ocn verify FILE...} and {@code ocn verify --code CODE}: checks certificates and explains
 * every check; a {@code .jwt} or {@code .json} file is checked as an Open Badges 3.0 credential
 * ({@link OpenBadgeVerifier}). Exit 0 when every file is valid, 1 when any is invalid or revoked, 3
 * when a file is not a certificate (and none is invalid), 5 when the rest are valid as far as
 * checked (a check the policy requires could not run; {@code --accept-unchecked} waives it by
 * name).
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.certificate.messages")
public final class VerifyCommand implements Callable<Integer> {
  private final Cli cli;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR", arity = "0..*", descriptionKey = "verify.files")
  List<Path> files = new ArrayList<>();

  @Option(names = "--code", paramLabel = "CODE", descriptionKey = "verify.code")
  String code;

  @Option(names = "--trust", paramLabel = "PEM", descriptionKey = "verify.trust")
  List<Path> trust = new ArrayList<>();

  @Option(names = "--trust-tsa", paramLabel = "PEM", descriptionKey = "verify.trustTsa")
  List<Path> trustTsa = new ArrayList<>();

  @Option(names = "--revocations", paramLabel = "FILE.p7m", descriptionKey = "verify.revocations")
  List<Path> revocations = new ArrayList<>();

  @Option(
      names = "--accept-unchecked",
      paramLabel = "CHECK[,CHECK...]",
      descriptionKey = "verify.acceptUnchecked")
  List<String> acceptUnchecked = new ArrayList<>();

  @Option(names = "--log", paramLabel = "DIR", descriptionKey = "verify.log")
  Path log;

  @Option(names = "--log-key", paramLabel = "VKEY", descriptionKey = "verify.logKey")
  String logKey;

  @Option(names = "--witness", paramLabel = "VKEY", descriptionKey = "verify.witness")
  List<String> witnesses = new ArrayList<>();

  @Option(
      names = "--witnesses-required",
      paramLabel = "N",
      descriptionKey = "verify.witnessesRequired")
  Integer witnessesRequired;

  @Mixin JsonOption json;

  VerifyCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    if (code != null && !files.isEmpty() || code == null && files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), text("verify.filesOrCode"));
    }
    if (code != null) {
      return lookUp(CertificateCode.parse(code));
    }
    Set<VerificationOptions.Unchecked> accepted =
        EnumSet.noneOf(VerificationOptions.Unchecked.class);
    acceptUnchecked.forEach(a -> accepted.addAll(VerificationOptions.Unchecked.parse(a)));
    Optional<Workspace> workspace = workspace();
    VerificationSources sources =
        new VerificationSources(
            Optional.empty(),
            trust.stream().map(cli::path).toList(),
            trustTsa.stream().map(cli::path).toList(),
            revocations.stream().map(cli::path).toList(),
            Optional.ofNullable(log).map(cli::path),
            Optional.ofNullable(logKey),
            accepted,
            cli.openOptions().clock(),
            witnesses,
            witnessesRequired == null
                ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(witnessesRequired));
    VerificationOptions options =
        workspace.isPresent()
            ? cli.ocn().certificates().verificationOptions(sources)
            : sources.options();
    List<Path> pdfs = new ArrayList<>();
    for (Path file : files) {
      pdfs.addAll(expand(cli.path(file)));
    }
    if (pdfs.isEmpty()) {
      throw new InvalidInputException(
          Message.of(
              VerifyCommand.class,
              "verify.noPdf",
              String.join(", ", files.stream().map(Path::toString).toList())));
    }
    // Every core at once (each file is checked on its own); the results come back in the order
    // of the files.
    List<VerificationResult> results = CertificateService.verify(pdfs, options);
    cli.print(
        json,
        () -> results.stream().map(this::json).toList(),
        () -> {
          for (int i = 0; i < results.size(); i++) {
            if (i > 0) {
              cli.out().println();
            }
            print(results.get(i), shown(pdfs.get(i)));
          }
        });
    if (results.stream()
        .anyMatch(
            r ->
                r.verdict() == VerificationResult.Verdict.INVALID
                    || r.verdict() == VerificationResult.Verdict.REVOKED)) {
      return ExitCode.CHECK_FAILED;
    }
    if (results.stream().anyMatch(r -> r.verdict() == VerificationResult.Verdict.UNDER_REVIEW)) {
      return ExitCode.UNDER_REVIEW;
    }
    if (results.stream()
        .anyMatch(r -> r.verdict() == VerificationResult.Verdict.NOT_A_CERTIFICATE)) {
      return ExitCode.INPUT;
    }
    if (results.stream()
        .anyMatch(r -> r.verdict() == VerificationResult.Verdict.VALID_AS_FAR_AS_CHECKED)) {
      return ExitCode.UNCHECKED;
    }
    return ExitCode.OK;
  }

  /** A file as given, or the {@code *.pdf} and {@code *.jwt} files of a folder, by name. */
  private static List<Path> expand(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> children = Files.list(path)) {
      return children
          .filter(
              p ->
                  p.getFileName()
                          .toString()
                          .toLowerCase(java.util.Locale.ROOT)
                          .matches(".*\\.(pdf|jwt)")
                      && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A file as the user would write it: relative to the working folder when inside it. */
  private Path shown(Path file) {
    return file.startsWith(cli.workingDirectory()) ? cli.workingDirectory().relativize(file) : file;
  }

  /**
   * The workspace to verify in, when there is one: named with {@code --workspace} or {@code
   * OCNKIT_WORKSPACE} (then it must exist), or found upward from the working folder. Outside any
   * workspace, verification works from the files given alone.
   */
  private Optional<Workspace> workspace() {
    boolean named =
        cli.workspaceOption().isPresent()
            || !cli.env().getOrDefault(Workspace.ENV_WORKSPACE, "").isBlank();
    try {
      Workspace.locate(cli.workspaceOption(), cli.env(), cli.workingDirectory());
    } catch (EnvironmentException e) {
      if (named) {
        throw e;
      }
      return Optional.empty();
    }
    return Optional.of(cli.workspace());
  }

  private int lookUp(CertificateCode certificate) {
    Optional<RegisterEntry> entry = cli.ocn().certificates().find(certificate);
    cli.print(
        json,
        () ->
            entry
                .map(CertificateCommand::json)
                .orElseGet(() -> Json.object("code", certificate.value(), "status", "unknown")),
        () -> {
          if (entry.isEmpty()) {
            cli.out().println(text("verify.code.unknown", certificate));
          } else {
            RegisterEntry e = entry.get();
            cli.out()
                .println(text("verify.code.found", e.code(), CertificateCommand.status(cli, e)));
            cli.out()
                .println(
                    text(
                        "verify.code.details",
                        e.serial(),
                        e.issuedAt(),
                        e.fingerprint().grouped(),
                        String.valueOf(e.leafIndex())));
          }
        });
    if (entry.isPresent() && entry.get().status() == RegisterEntry.Status.UNDER_REVIEW) {
      return ExitCode.UNDER_REVIEW;
    }
    return entry.isPresent() && entry.get().revocation().isEmpty()
        ? ExitCode.OK
        : ExitCode.CHECK_FAILED;
  }

  private void print(VerificationResult r, Path file) {
    String verdict = text("verdict." + r.verdict().name().toLowerCase(java.util.Locale.ROOT));
    if (r.verdict() == VerificationResult.Verdict.VALID_AS_FAR_AS_CHECKED) {
      verdict =
          verdict
              + ": "
              + text(
                  "verify.uncheckedList",
                  String.join(", ", r.unchecked().stream().map(VerificationCheck::name).toList()));
    }
    cli.out().println(file + ": " + verdict);
    r.record()
        .ifPresent(
            record ->
                cli.out()
                    .println(
                        "  "
                            + text(
                                "verify.certificate",
                                record.code(),
                                String.valueOf(record.serial()),
                                record.holder().name(),
                                record.holder().dateOfBirth(),
                                record.units().size(),
                                record.totalCredits(),
                                record.issueDate(),
                                record.issuer().organisation())));
    r.signature()
        .ifPresent(
            s ->
                cli.out()
                    .println(
                        "  "
                            + text(
                                "verify.signature",
                                s.signerSubject().orElse("?"),
                                s.claimedSigningTime().map(Object::toString).orElse("?"),
                                text(
                                    "pades."
                                        + s.level().name().toLowerCase(java.util.Locale.ROOT)))));
    r.record()
        .flatMap(CertificateRecord::qualification)
        .ifPresent(
            q ->
                cli.out()
                    .println(
                        "  "
                            + text(
                                "verify.qualification",
                                q.ref(),
                                q.title(
                                    "en".equals(cli.locale().getLanguage())
                                        ? org.ocnkit.certificate.Language.EN
                                        : org.ocnkit.certificate.Language.SV),
                                String.join(
                                    ", ",
                                    q.unitCertificates().values().stream()
                                        .map(Object::toString)
                                        .toList()))));
    r.revocation()
        .ifPresent(
            rev -> cli.out().println("  " + text("verify.revoked", rev.revokedAt(), rev.reason())));
    int width = r.checks().stream().mapToInt(c -> c.name().length()).max().orElse(0);
    for (VerificationCheck c : r.checks()) {
      cli.out()
          .println(
              String.format(
                  "  %-11s %-" + width + "s  %s",
                  text("outcome." + c.outcome().name().toLowerCase(java.util.Locale.ROOT)),
                  c.name(),
                  cli.text(c.reason())));
    }
    r.logKeySource()
        .ifPresent(
            source ->
                cli.out()
                    .println(
                        "  "
                            + text(
                                "verify.logKeySource."
                                    + source.name().toLowerCase(java.util.Locale.ROOT))));
    if (r.verdict() == VerificationResult.Verdict.VALID_AS_FAR_AS_CHECKED) {
      cli.out()
          .println(
              "  "
                  + text(
                      "verify.uncheckedHint",
                      String.join(
                          ",",
                          r.unchecked().stream()
                              .map(c -> VerificationOptions.Unchecked.covering(c.name()))
                              .flatMap(Optional::stream)
                              .distinct()
                              .map(VerificationOptions.Unchecked::label)
                              .toList())));
    }
    if (!r.policy().strict()) {
      cli.out()
          .println(
              "  " + text("verify.policyAccepted", String.join(",", r.policy().acceptedLabels())));
    }
  }

  private Map<String, Object> json(VerificationResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", r.source());
    out.put("verdict", r.verdict());
    out.put("valid", r.valid());
    Optional<CertificateRecord> record = r.record();
    out.put("code", record.map(c -> c.code().value()));
    out.put("fingerprint", record.map(c -> c.fingerprint().hex()));
    out.put("serial", record.map(CertificateRecord::serial));
    out.put("holder", record.map(c -> c.holder().name()));
    out.put("dateOfBirth", record.map(c -> c.holder().dateOfBirth()));
    out.put("programme", record.map(CertificateRecord::programme));
    out.put("kind", record.map(CertificateRecord::kind));
    out.put(
        "qualification",
        record.flatMap(CertificateRecord::qualification).map(q -> q.ref().toString()));
    out.put(
        "unitCertificates",
        record
            .flatMap(CertificateRecord::qualification)
            .map(q -> q.unitCertificates().values().stream().map(Object::toString).toList()));
    out.put("units", record.map(c -> c.units().size()));
    out.put("totalCredits", record.map(CertificateRecord::totalCredits));
    out.put("issueDate", record.map(CertificateRecord::issueDate));
    out.put("issuer", record.map(c -> c.issuer().organisation()));
    out.put("signer", r.signature().flatMap(SignatureInfo::signerSubject));
    out.put("signingTime", r.signature().flatMap(SignatureInfo::claimedSigningTime));
    out.put("padesLevel", r.signature().map(SignatureInfo::level));
    out.put("revokedAt", r.revocation().map(RegisterEntry.Revocation::revokedAt));
    out.put("revocationReason", r.revocation().map(RegisterEntry.Revocation::reason));
    out.put("logKeySource", r.logKeySource());
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("strict", r.policy().strict());
    policy.put("acceptUnchecked", r.policy().acceptedLabels());
    policy.put("verifiedAt", r.policy().verifiedAt());
    out.put("policy", policy);
    out.put("unchecked", r.unchecked().stream().map(VerificationCheck::name).toList());
    List<Map<String, Object>> checks = new ArrayList<>();
    for (VerificationCheck c : r.checks()) {
      Map<String, Object> check = new LinkedHashMap<>();
      check.put("name", c.name());
      check.put("outcome", c.outcome());
      check.put("passed", c.passed());
      check.put("reason", cli.text(c.reason()));
      check.put("reasonKey", c.reason().key());
      checks.add(check);
    }
    out.put("checks", checks);
    return out;
  }

  private String text(String key, Object... args) {
    return cli.text(VerifyCommand.class, key, args);
  }
}

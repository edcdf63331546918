package org.ocnkit.certificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.signature.RevocationList;
import org.ocnkit.certificate.signature.TrustAnchors;
import org.ocnkit.ledger.NoteVerifierKey;
import org.ocnkit.ledger.PublishedLog;
import org.ocnkit.ledger.WitnessVerifierKey;
import org.ocnkit.store.Workspace;

/**
 * What a verifier has at hand, as files and strings (the options of {@code ocn verify}), turned
 * into {@link VerificationOptions} by one rule:
 *
 * <ul>
 *   <li>trust: the given certificate files, else the workspace's issuer certificate; the
 *       workspace's register and log below count only when its issuer is trusted;
 *   <li>status: the workspace's register when its issuer is trusted (revocation lists given beside
 *       it must not be older than its latest revocation); else the newest of the given revocation
 *       lists (each verified against the trusted issuers and current at the verifier's clock); else
 *       not checked;
 *   <li>log key: the given verifier key string, else the workspace's, else the one in the published
 *       log's folder;
 *   <li>log to compare with: the published log, else the workspace's;
 *   <li>witnesses: given witness keys need a published log, whose checkpoint must carry the
 *       cosignatures of the required number of them (all, unless fewer are required).
 * </ul>
 *
 * @param workspace the issuer's workspace, when verifying inside it
 * @param trustFiles PEM or DER files of issuer certificates (or the CAs that issued them)
 * @param timestampTrustFiles certificates of trusted timestamp authorities
 * @param revocationLists signed revocation lists ({@code .p7m}); the newest counts
 * @param publishedLog the folder of a published log (C2SP tlog-tiles)
 * @param logKey a note verifier key string, {@code name+id+key}
 * @param acceptUnchecked the checks accepted as not run (empty: strict)
 * @param clock the verifier's clock
 * @param witnessKeys witness verifier key strings ({@code --witness}); the published log's
 *     checkpoint must carry their cosignatures
 * @param witnessesRequired how many of them must have cosigned; all of them when empty
 */
public record VerificationSources(
    Optional<Workspace> workspace,
    List<Path> trustFiles,
    List<Path> timestampTrustFiles,
    List<Path> revocationLists,
    Optional<Path> publishedLog,
    Optional<String> logKey,
    Set<VerificationOptions.Unchecked> acceptUnchecked,
    Clock clock,
    List<String> witnessKeys,
    java.util.OptionalInt witnessesRequired) {
  /** Sources without witnesses. */
  public VerificationSources(
      Optional<Workspace> workspace,
      List<Path> trustFiles,
      List<Path> timestampTrustFiles,
      List<Path> revocationLists,
      Optional<Path> publishedLog,
      Optional<String> logKey,
      Set<VerificationOptions.Unchecked> acceptUnchecked,
      Clock clock) {
    this(
        workspace,
        trustFiles,
        timestampTrustFiles,
        revocationLists,
        publishedLog,
        logKey,
        acceptUnchecked,
        clock,
        List.of(),
        java.util.OptionalInt.empty());
  }

  public VerificationSources {
    witnessKeys = List.copyOf(witnessKeys);
    Objects.requireNonNull(witnessesRequired, "witnessesRequired");
    Objects.requireNonNull(workspace, "workspace");
    trustFiles = List.copyOf(trustFiles);
    timestampTrustFiles = List.copyOf(timestampTrustFiles);
    revocationLists = List.copyOf(revocationLists);
    Objects.requireNonNull(publishedLog, "publishedLog");
    Objects.requireNonNull(logKey, "logKey");
    acceptUnchecked = Set.copyOf(acceptUnchecked);
    Objects.requireNonNull(clock, "clock");
  }

  /** Sources with at most one revocation list, the strict policy and the system clock. */
  public VerificationSources(
      Optional<Workspace> workspace,
      List<Path> trustFiles,
      List<Path> timestampTrustFiles,
      Optional<Path> revocationList,
      Optional<Path> publishedLog,
      Optional<String> logKey) {
    this(
        workspace,
        trustFiles,
        timestampTrustFiles,
        revocationList.stream().toList(),
        publishedLog,
        logKey,
        Set.of(),
        Clock.systemUTC());
  }

  /**
   * The options these sources give.
   *
   * @throws InvalidInputException when there is nothing to trust, or a file or key is missing,
   *     unreadable or malformed
   * @throws org.ocnkit.RefusedException when the revocation list is not signed by a trusted issuer
   *     or was altered
   * @throws org.ocnkit.EnvironmentException when the workspace's keys are damaged
   */
  public VerificationOptions options() {
    Optional<VerificationKeys> workspaceKeys =
        workspace
            .map(IssuerKeyFiles::of)
            .filter(IssuerKeyFiles::hasVerificationKeys)
            .map(IssuerKeyFiles::verificationKeys);
    List<X509Certificate> signers = new ArrayList<>();
    trustFiles.forEach(f -> signers.addAll(TrustAnchors.readCertificates(f)));
    if (signers.isEmpty()) {
      workspaceKeys.ifPresent(k -> signers.add(k.issuerCertificate()));
    }
    if (signers.isEmpty()) {
      throw new InvalidInputException(Message.of(VerificationSources.class, "sources.noTrust"));
    }
    List<X509Certificate> authorities = new ArrayList<>();
    timestampTrustFiles.forEach(f -> authorities.addAll(TrustAnchors.readCertificates(f)));
    TrustAnchors trust = TrustAnchors.of(signers).withTimestampAuthorities(authorities);
    // The workspace's register and log speak for its own issuer only: when other issuers are
    // trusted instead, they are not consulted.
    Optional<Workspace> own =
        workspaceKeys.isPresent() && signers.contains(workspaceKeys.get().issuerCertificate())
            ? workspace
            : Optional.empty();
    VerificationOptions.Builder options =
        VerificationOptions.builder(trust).clock(clock).acceptUnchecked(acceptUnchecked);
    own.ifPresent(ws -> options.register(ws.store()));
    Optional<java.time.Instant> latest =
        own.isPresent()
            ? own.get().store().read(CertificateRegister::latestRevocation)
            : Optional.empty();
    java.time.Instant now = clock.instant();
    for (Path file : revocationLists) {
      try {
        RevocationList list = RevocationList.verify(read(file), trust);
        VerificationOptions.requireUsable(list, latest, now);
        options.revocations(list);
      } catch (RefusedException e) {
        throw new RefusedException(
            e.problems().stream().map(p -> new Problem(file.toString(), p.message())).toList());
      }
    }
    Optional<PublishedLog> published = publishedLog.map(PublishedLog::open);
    if (logKey.isPresent()) {
      options.logKey(parseKey(logKey.get()), VerificationOptions.LogKeySource.GIVEN);
    } else if (own.isPresent()) {
      options.logKey(workspaceKeys.get().logKey(), VerificationOptions.LogKeySource.WORKSPACE);
    } else if (publishedLog.isPresent()) {
      options.logKey(
          CertificateLog.publishedKey(publishedLog.get()),
          VerificationOptions.LogKeySource.PUBLISHED_FOLDER);
    }
    if (published.isPresent()) {
      options.publishedLog(published.get());
    } else if (own.isPresent()) {
      options.workspaceLog(own.get().store());
    }
    if (witnessesRequired.isPresent() && witnessKeys.isEmpty()) {
      throw new InvalidInputException(
          new Problem(
              "--witnesses-required",
              Message.of(VerificationSources.class, "sources.witnessesRequiredAlone")));
    }
    if (!witnessKeys.isEmpty()) {
      if (published.isEmpty()) {
        throw new InvalidInputException(
            new Problem(
                "--witness", Message.of(VerificationSources.class, "sources.witnessNoLog")));
      }
      List<WitnessVerifierKey> witnesses = new ArrayList<>();
      for (String text : witnessKeys) {
        try {
          witnesses.add(WitnessVerifierKey.parse(text));
        } catch (InvalidInputException e) {
          throw new InvalidInputException(
              e.problems().stream()
                  .map(p -> new Problem("--witness " + text.strip(), p.message()))
                  .toList());
        }
      }
      int distinct = new java.util.HashSet<>(witnesses).size();
      int required = witnessesRequired.orElse(distinct);
      if (required < 1 || required > distinct) {
        throw new InvalidInputException(
            new Problem(
                "--witnesses-required",
                Message.of(
                    VerificationSources.class, "sources.witnessesRequired", required, distinct)));
      }
      options.witnesses(witnesses, required);
    }
    return options.build();
  }

  private static NoteVerifierKey parseKey(String text) {
    try {
      return NoteVerifierKey.parse(text.strip());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.problems().stream().map(p -> new Problem("--log-key", p.message())).toList());
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          new Problem(file.toString(), Message.of(CertificateVerifier.class, "verify.noFile")));
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(
              file.toString(),
              Message.of(
                  CertificateVerifier.class,
                  "verify.unreadableFile",
                  String.valueOf(e.getMessage()))),
          e);
    }
  }
}

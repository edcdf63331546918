package org.ocnkit.certificate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.certificate.signature.RevocationList;
import org.ocnkit.certificate.signature.TrustAnchors;
import org.ocnkit.ledger.NoteVerifierKey;
import org.ocnkit.ledger.PublishedLog;
import org.ocnkit.ledger.WitnessVerifierKey;
import org.ocnkit.store.Store;
import org.ocnkit.store.Workspace;

/**
 * What {@link CertificateVerifier} checks a certificate against: the issuers it trusts, where the
 * certificate's status comes from (the register of a workspace, or a signed revocation list), the
 * pinned log key, and what the embedded checkpoint is compared with (the workspace's log, or a
 * published copy). Immutable.
 *
 * <p>Strict by default: only the trust anchors are required, and whatever else is not given is
 * reported as a check that was not run, never as a pass; a certificate is {@link
 * VerificationResult.Verdict#VALID} only when every check ran and passed. A check that could not
 * run gives {@link VerificationResult.Verdict#VALID_AS_FAR_AS_CHECKED}, unless the caller accepts
 * it by name ({@link #acceptUnchecked()}, {@code ocn verify --accept-unchecked status}).
 * Contradictions are refused: two logs to compare with, or a log to compare with but no log key to
 * check its checkpoints (an unsigned checkpoint proves nothing), or witnesses to require but no
 * published log whose checkpoint they cosign. With witnesses, {@code LOG_CONSISTENCY} passes only
 * when the published checkpoint carries the required number of valid cosignatures.
 *
 * <p>Status: the register of the issuer's workspace is the source of truth. Revocation lists given
 * beside it must not be older than the register's latest revocation (a stale list is refused, never
 * used to overrule the register); of several lists the newest counts; a list past its validity
 * ({@code valid-until}) is refused. Time: every time-dependent check is made at {@link #now()}, the
 * verifier's clock (the system clock unless a caller sets another), never at a time the signer
 * chose.
 */
public final class VerificationOptions {
  private final TrustAnchors trust;
  private final Optional<Store> register;
  private final Optional<RevocationList> revocations;
  private final Optional<NoteVerifierKey> logKey;
  private final Optional<LogKeySource> logKeySource;
  private final Optional<Store> workspaceLog;
  private final Optional<PublishedLog> publishedLog;
  private final List<WitnessVerifierKey> witnesses;
  private final int witnessesRequired;
  private final Set<Unchecked> acceptUnchecked;
  private final Clock clock;

  private VerificationOptions(Builder b, Optional<RevocationList> revocations) {
    this.trust = b.trust;
    this.register = Optional.ofNullable(b.register);
    this.revocations = revocations;
    this.logKey = Optional.ofNullable(b.logKey);
    this.logKeySource = Optional.ofNullable(b.logKeySource);
    this.workspaceLog = Optional.ofNullable(b.workspaceLog);
    this.publishedLog = Optional.ofNullable(b.publishedLog);
    this.witnesses = List.copyOf(b.witnesses);
    this.witnessesRequired = b.witnessesRequired;
    this.acceptUnchecked = Set.copyOf(b.acceptUnchecked);
    this.clock = b.clock;
  }

  /**
   * A check that may be accepted as not run, by name: without it, a check that could not run makes
   * the verdict {@link VerificationResult.Verdict#VALID_AS_FAR_AS_CHECKED}.
   */
  public enum Unchecked {
    /** {@code status}: no register and no revocation list ({@code STATUS}). */
    STATUS("status", List.of(CertificateVerifier.STATUS)),
    /**
     * {@code log}: no log key, so neither the embedded checkpoint nor the inclusion proof could be
     * checked ({@code LOG_CHECKPOINT}, {@code LOG_INCLUSION}).
     */
    LOG("log", List.of(CertificateVerifier.LOG_CHECKPOINT, CertificateVerifier.LOG_INCLUSION)),
    /** {@code log-consistency}: no log to compare the embedded checkpoint with. */
    LOG_CONSISTENCY("log-consistency", List.of(CertificateVerifier.LOG_CONSISTENCY));

    private final String label;
    private final List<String> checks;

    Unchecked(String label, List<String> checks) {
      this.label = label;
      this.checks = checks;
    }

    /** The name a user gives: {@code status}, {@code log}, {@code log-consistency}. */
    public String label() {
      return label;
    }

    /** The checks this name covers. */
    public List<String> checks() {
      return checks;
    }

    /**
     * The names in {@code text}, separated by commas.
     *
     * @throws InvalidInputException naming an unknown name and listing the known ones
     */
    public static Set<Unchecked> parse(String text) {
      Set<Unchecked> out = EnumSet.noneOf(Unchecked.class);
      for (String part : text.split(",", -1)) {
        String name = part.strip().toLowerCase(Locale.ROOT);
        Optional<Unchecked> found =
            java.util.Arrays.stream(values()).filter(u -> u.label.equals(name)).findFirst();
        if (found.isEmpty()) {
          throw new InvalidInputException(
              new Problem(
                  "--accept-unchecked",
                  Message.of(
                      VerificationOptions.class,
                      "options.unknownUnchecked",
                      part.strip(),
                      String.join(
                          ", ",
                          java.util.Arrays.stream(values()).map(Unchecked::label).toList()))));
        }
        out.add(found.get());
      }
      return out;
    }

    /** The name that covers the check {@code checkName}, if it may be accepted unchecked. */
    public static Optional<Unchecked> covering(String checkName) {
      return java.util.Arrays.stream(values())
          .filter(u -> u.checks.contains(checkName))
          .findFirst();
    }
  }

  /**
   * The rule applied, as a verification result states it.
   *
   * @param acceptUnchecked the checks accepted as not run, by name; empty under the strict default
   * @param verifiedAt the verifier's clock, at which certificate validity and list freshness were
   *     judged
   */
  public record Policy(Set<Unchecked> acceptUnchecked, Instant verifiedAt) {
    public Policy {
      acceptUnchecked = Set.copyOf(acceptUnchecked);
      Objects.requireNonNull(verifiedAt, "verifiedAt");
    }

    /** True when nothing is accepted unchecked. */
    public boolean strict() {
      return acceptUnchecked.isEmpty();
    }

    /** True when a check named {@code checkName} that did not run still allows VALID. */
    public boolean accepts(String checkName) {
      return Unchecked.covering(checkName).map(acceptUnchecked::contains).orElse(false);
    }

    /** The accepted names, in their fixed order. */
    public List<String> acceptedLabels() {
      return java.util.Arrays.stream(Unchecked.values())
          .filter(acceptUnchecked::contains)
          .map(Unchecked::label)
          .toList();
    }
  }

  /** Where the pinned log key came from, for the person reading the result. */
  public enum LogKeySource {
    /** The workspace's own {@code keys/log.vkey}. */
    WORKSPACE,
    /** Given by the verifier ({@code --log-key}). */
    GIVEN,
    /**
     * Read from the published log's folder: it proves the log is consistent with itself and that
     * the embedded checkpoint was signed by the same key, not who holds that key.
     */
    PUBLISHED_FOLDER
  }

  /** Options trusting {@code trust}; everything else unset. */
  public static Builder builder(TrustAnchors trust) {
    return new Builder(trust);
  }

  /**
   * Everything a workspace offers: its issuer certificate as the one trusted signer, its register
   * for the status, its log key, and its log to compare embedded checkpoints with; the workspace's
   * clock as the verifier's.
   *
   * @throws org.ocnkit.EnvironmentException when the workspace has no keys yet
   */
  static VerificationOptions forWorkspace(Workspace workspace) {
    VerificationKeys keys = IssuerKeyFiles.of(workspace).verificationKeys();
    return builder(TrustAnchors.of(keys.issuerCertificate()))
        .register(workspace.store())
        .logKey(keys.logKey(), LogKeySource.WORKSPACE)
        .workspaceLog(workspace.store())
        .clock(workspace.store().clock())
        .build();
  }

  public TrustAnchors trust() {
    return trust;
  }

  /** The workspace database whose register gives the status. */
  public Optional<Store> register() {
    return register;
  }

  /** The verified revocation list that gives the status. */
  public Optional<RevocationList> revocations() {
    return revocations;
  }

  public Optional<NoteVerifierKey> logKey() {
    return logKey;
  }

  public Optional<LogKeySource> logKeySource() {
    return logKeySource;
  }

  /** The workspace database whose log embedded checkpoints are compared with. */
  public Optional<Store> workspaceLog() {
    return workspaceLog;
  }

  /** The published log embedded checkpoints are compared with. */
  public Optional<PublishedLog> publishedLog() {
    return publishedLog;
  }

  /**
   * The witnesses whose cosignatures (C2SP tlog-cosignature) the published checkpoint must carry;
   * empty when none are required.
   */
  public List<WitnessVerifierKey> witnesses() {
    return witnesses;
  }

  /** How many of {@link #witnesses()} must have cosigned; 0 when none are given. */
  public int witnessesRequired() {
    return witnessesRequired;
  }

  /** The checks accepted as not run; empty by default (strict). */
  public Set<Unchecked> acceptUnchecked() {
    return acceptUnchecked;
  }

  /** The verifier's clock. */
  public Clock clock() {
    return clock;
  }

  /** The verifier's current time. */
  public Instant now() {
    return clock.instant();
  }

  /** The rule these options apply, as of now. */
  public Policy policy() {
    return new Policy(acceptUnchecked, now());
  }

  /**
   * Refuses {@code list} when it is past its validity at {@code now}, or older than {@code
   * latestRevocation}, the register's latest revocation (a stale list never overrules the
   * register).
   *
   * @throws org.ocnkit.RefusedException saying which and what to do
   */
  public static void requireUsable(
      RevocationList list, Optional<Instant> latestRevocation, Instant now) {
    list.requireCurrent(now);
    if (latestRevocation.isPresent() && list.issuedAt().isBefore(latestRevocation.get())) {
      throw new org.ocnkit.RefusedException(
          Message.of(
              VerificationOptions.class,
              "options.staleList",
              list.issuedAt(),
              latestRevocation.get()));
    }
  }

  /** Collects options; {@link #build()} refuses contradictions. */
  public static final class Builder {
    private final TrustAnchors trust;
    private Store register;
    private final List<RevocationList> revocations = new ArrayList<>();
    private final Set<Unchecked> acceptUnchecked = EnumSet.noneOf(Unchecked.class);
    private Clock clock = Clock.systemUTC();
    private NoteVerifierKey logKey;
    private LogKeySource logKeySource;
    private Store workspaceLog;
    private PublishedLog publishedLog;
    private final List<WitnessVerifierKey> witnesses = new ArrayList<>();
    private int witnessesRequired;

    private Builder(TrustAnchors trust) {
      this.trust = Objects.requireNonNull(trust, "trust");
      if (trust.signers().isEmpty()) {
        throw new IllegalArgumentException("a verifier trusts at least one issuer certificate");
      }
    }

    /**
     * The status comes from this workspace database's register. Package-private: a workspace's
     * options come from {@code CertificateService.verificationOptions}.
     */
    Builder register(Store store) {
      this.register = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * The status comes from this revocation list, which the caller has verified ({@link
     * RevocationList#verify}); given several times, the newest list counts. Beside a {@link
     * #register}, the register counts and the list must not be older than its latest revocation.
     */
    public Builder revocations(RevocationList list) {
      this.revocations.add(Objects.requireNonNull(list, "list"));
      return this;
    }

    /** These checks may be not run and the certificate still be {@code VALID}. */
    public Builder acceptUnchecked(Collection<Unchecked> names) {
      this.acceptUnchecked.addAll(names);
      return this;
    }

    /** The verifier's clock; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Embedded checkpoints must be signed by {@code key}. */
    public Builder logKey(NoteVerifierKey key, LogKeySource source) {
      this.logKey = Objects.requireNonNull(key, "key");
      this.logKeySource = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Embedded checkpoints are compared with this workspace database's log (package-private, as
     * {@link #register}).
     */
    Builder workspaceLog(Store store) {
      this.workspaceLog = Objects.requireNonNull(store, "store");
      return this;
    }

    /** Embedded checkpoints are compared with this published log. */
    public Builder publishedLog(PublishedLog log) {
      this.publishedLog = Objects.requireNonNull(log, "log");
      return this;
    }

    /**
     * The published checkpoint must carry valid cosignatures by at least {@code required} of {@code
     * keys}: witnesses that checked it extends every checkpoint they saw before, so the log cannot
     * show this verifier a history it hides from others (a split view).
     *
     * @param required 1 to the number of keys
     */
    public Builder witnesses(Collection<WitnessVerifierKey> keys, int required) {
      List<WitnessVerifierKey> distinct = List.copyOf(new java.util.LinkedHashSet<>(keys));
      if (distinct.isEmpty() || required < 1 || required > distinct.size()) {
        throw new IllegalArgumentException(
            "between 1 and " + distinct.size() + " witnesses can be required, not " + required);
      }
      this.witnesses.clear();
      this.witnesses.addAll(distinct);
      this.witnessesRequired = required;
      return this;
    }

    /**
     * @throws IllegalStateException naming the contradiction
     * @throws org.ocnkit.RefusedException when a revocation list is past its validity, or older
     *     than the register's latest revocation (stale)
     */
    public VerificationOptions build() {
      if (workspaceLog != null && publishedLog != null) {
        throw new IllegalStateException(
            "embedded checkpoints are compared with the workspace's log or a published one,"
                + " not both");
      }
      if ((workspaceLog != null || publishedLog != null) && logKey == null) {
        throw new IllegalStateException(
            "a log to compare with needs the log key: an unsigned" + " checkpoint proves nothing");
      }
      if (!witnesses.isEmpty() && publishedLog == null) {
        throw new IllegalStateException(
            "witness cosignatures are checked on a published log's"
                + " checkpoint: give the published log");
      }
      Instant now = clock.instant();
      Optional<Instant> latest =
          register == null
              ? Optional.empty()
              : register.read(CertificateRegister::latestRevocation);
      for (RevocationList list : revocations) {
        requireUsable(list, latest, now);
      }
      Optional<RevocationList> newest =
          register != null
              ? Optional.empty()
              // The register is the source of truth; a list beside it only had to agree with it.
              : revocations.stream().max(Comparator.comparing(RevocationList::issuedAt));
      return new VerificationOptions(this, newest);
    }
  }
}

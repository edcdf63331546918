package org.ocnkit.certificate;

import java.util.Objects;
import java.util.Optional;
import org.ocnkit.certificate.signature.RevocationList;
import org.ocnkit.certificate.signature.TrustAnchors;
import org.ocnkit.ledger.NoteVerifierKey;
import org.ocnkit.ledger.PublishedLog;
import org.ocnkit.store.Store;
import org.ocnkit.store.Workspace;

/**
 * What {@link CertificateVerifier} checks a certificate against: the issuers it trusts, where the
 * certificate's status comes from (the register of a workspace, or a signed revocation list), the
 * pinned log key, and what the embedded checkpoint is compared with (the workspace's log, or a
 * published copy). Immutable.
 *
 * <p>Strict by default: only the trust anchors are required, and whatever else is not given is
 * reported as a check that was not run, never as a pass. Contradictions are refused: two status
 * sources, two logs to compare with, or a log to compare with but no log key to check its
 * checkpoints (an unsigned checkpoint proves nothing).
 */
public final class VerificationOptions {
  private final TrustAnchors trust;
  private final Optional<Store> register;
  private final Optional<RevocationList> revocations;
  private final Optional<NoteVerifierKey> logKey;
  private final Optional<LogKeySource> logKeySource;
  private final Optional<Store> workspaceLog;
  private final Optional<PublishedLog> publishedLog;

  private VerificationOptions(Builder b) {
    this.trust = b.trust;
    this.register = Optional.ofNullable(b.register);
    this.revocations = Optional.ofNullable(b.revocations);
    this.logKey = Optional.ofNullable(b.logKey);
    this.logKeySource = Optional.ofNullable(b.logKeySource);
    this.workspaceLog = Optional.ofNullable(b.workspaceLog);
    this.publishedLog = Optional.ofNullable(b.publishedLog);
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
   * for the status, its log key, and its log to compare embedded checkpoints with.
   *
   * @throws org.ocnkit.EnvironmentException when the workspace has no keys yet
   */
  public static VerificationOptions forWorkspace(Workspace workspace) {
    VerificationKeys keys = IssuerKeyFiles.of(workspace).verificationKeys();
    return builder(TrustAnchors.of(keys.issuerCertificate()))
        .register(workspace.store())
        .logKey(keys.logKey(), LogKeySource.WORKSPACE)
        .workspaceLog(workspace.store())
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

  /** Collects options; {@link #build()} refuses contradictions. */
  public static final class Builder {
    private final TrustAnchors trust;
    private Store register;
    private RevocationList revocations;
    private NoteVerifierKey logKey;
    private LogKeySource logKeySource;
    private Store workspaceLog;
    private PublishedLog publishedLog;

    private Builder(TrustAnchors trust) {
      this.trust = Objects.requireNonNull(trust, "trust");
      if (trust.signers().isEmpty()) {
        throw new IllegalArgumentException("a verifier trusts at least one issuer certificate");
      }
    }

    /** The status comes from this workspace database's register. */
    public Builder register(Store store) {
      this.register = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * The status comes from this revocation list, which the caller has verified ({@link
     * RevocationList#verify}).
     */
    public Builder revocations(RevocationList list) {
      this.revocations = Objects.requireNonNull(list, "list");
      return this;
    }

    /** Embedded checkpoints must be signed by {@code key}. */
    public Builder logKey(NoteVerifierKey key, LogKeySource source) {
      this.logKey = Objects.requireNonNull(key, "key");
      this.logKeySource = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Embedded checkpoints are compared with this workspace database's log. */
    public Builder workspaceLog(Store store) {
      this.workspaceLog = Objects.requireNonNull(store, "store");
      return this;
    }

    /** Embedded checkpoints are compared with this published log. */
    public Builder publishedLog(PublishedLog log) {
      this.publishedLog = Objects.requireNonNull(log, "log");
      return this;
    }

    /** @throws IllegalStateException naming the contradiction */
    public VerificationOptions build() {
      if (register != null && revocations != null) {
        throw new IllegalStateException(
            "the status comes from the register or from a revocation list, not both");
      }
      if (workspaceLog != null && publishedLog != null) {
        throw new IllegalStateException(
            "embedded checkpoints are compared with the workspace's log or a published one,"
                + " not both");
      }
      if ((workspaceLog != null || publishedLog != null) && logKey == null) {
        throw new IllegalStateException("a log to compare with needs the log key: an unsigned"
            + " checkpoint proves nothing");
      }
      return new VerificationOptions(this);
    }
  }
}

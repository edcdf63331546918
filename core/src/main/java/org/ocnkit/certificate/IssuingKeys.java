package org.ocnkit.certificate;

import java.util.Objects;
import org.ocnkit.certificate.signature.IssuerKey;
import org.ocnkit.ledger.NoteSigningKey;

/**
 * The two private keys an issuer signs with: the {@link IssuerKey} that signs certificate PDFs
 * (PAdES) and the log's Ed25519 {@link NoteSigningKey} that signs checkpoints. They are separate
 * keys: a verifier pins each on its own, and either can be checked without the other.
 *
 * <p>Obtain them from {@link IssuerKeyFiles#load}. Neither {@link #toString()} nor anything else
 * here reveals key material; drop the reference when done.
 */
public final class IssuingKeys {
  private final IssuerKey issuer;
  private final NoteSigningKey log;

  IssuingKeys(IssuerKey issuer, NoteSigningKey log) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.log = Objects.requireNonNull(log, "log");
  }

  /** The key that signs certificate PDFs, with its certificate. */
  public IssuerKey issuer() {
    return issuer;
  }

  /** The key that signs the transparency log's checkpoints. */
  public NoteSigningKey log() {
    return log;
  }

  /** The public halves. */
  public VerificationKeys verificationKeys() {
    return new VerificationKeys(issuer.certificate(), log.verifierKey());
  }

  /** Names the keys only. */
  @Override
  public String toString() {
    return "IssuingKeys[" + issuer + ", " + log + "]";
  }
}

package org.ocnkit.certificate;

import java.util.List;
import java.util.Objects;
import org.ocnkit.ledger.SignedCheckpoint;

/**
 * What one call of {@link CertificateIssuer#issue} made: the certificates, in the order of the
 * requests, and the one checkpoint signed for the batch, which every certificate's embedded log
 * proof leads to.
 */
public record IssuedBatch(List<IssuedCertificate> certificates, SignedCheckpoint checkpoint) {
  public IssuedBatch {
    certificates = List.copyOf(certificates);
    Objects.requireNonNull(checkpoint, "checkpoint");
  }

  /** The size of the log after the batch. */
  public long treeSize() {
    return checkpoint.treeHead().size();
  }
}

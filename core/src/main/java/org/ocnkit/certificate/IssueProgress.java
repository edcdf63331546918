package org.ocnkit.certificate;

/**
 * Told by {@link CertificateIssuer} each time a certificate of a batch has been rendered, signed
 * and written, so that a front end can show progress. The batch is committed only after the last
 * one; a failure after any call still leaves nothing behind.
 */
@FunctionalInterface
public interface IssueProgress {
  /** Reports nothing. */
  IssueProgress NONE = (done, total) -> {};

  /** {@code done} of {@code total} certificates are written. */
  void written(int done, int total);
}

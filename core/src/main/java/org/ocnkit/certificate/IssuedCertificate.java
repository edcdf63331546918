package org.ocnkit.certificate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One certificate of an {@link IssuedBatch}: its record, its place in the transparency log, and the
 * signed PDF written for it.
 *
 * @param record what the certificate certifies (with the holder's name: keep it out of logs)
 * @param leafIndex the index of its fingerprint in the transparency log
 * @param file the signed PDF, {@code <out>/<code>.pdf}
 * @param references what the register recorded with it
 */
public record IssuedCertificate(
    CertificateRecord record,
    long leafIndex,
    Path file,
    List<CertificateRequest.Reference> references) {
  public IssuedCertificate {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(file, "file");
    references = List.copyOf(references);
  }

  public CertificateCode code() {
    return record.code();
  }

  public Fingerprint fingerprint() {
    return record.fingerprint();
  }

  public long serial() {
    return record.serial();
  }

  /** Code, serial and file; no personal data. */
  @Override
  public String toString() {
    return "IssuedCertificate[" + code() + ", serial " + serial() + ", " + file + "]";
  }
}

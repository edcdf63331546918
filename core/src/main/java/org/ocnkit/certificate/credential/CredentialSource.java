package org.ocnkit.certificate.credential;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.certificate.CertificateRecord;
import org.ocnkit.ledger.ProofBundle;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitCode;

/**
 * What a credential is made from: the certificate record, the content of the unit versions it lists
 * (learning outcomes and assessment criteria), when it was issued, where the issuer publishes
 * status information, and the record's transparency-log proof.
 *
 * @param units the approved unit versions by code; a unit missing here (its content is not in the
 *     workspace) is described from the record alone, without outcomes and criteria. A unit whose
 *     content hash differs from the record's is refused.
 * @param statusBaseUrl the verification base URL ({@code <base>/<code>} is the certificate's status
 *     page)
 * @param logProof the C2SP tlog-proof bundle of the record's fingerprint, when there is one
 */
public record CredentialSource(
    CertificateRecord record,
    Map<UnitCode, CourseUnit> units,
    Instant issuedAt,
    String statusBaseUrl,
    Optional<ProofBundle> logProof) {
  public CredentialSource {
    Objects.requireNonNull(record, "record");
    units = Map.copyOf(units);
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(statusBaseUrl, "statusBaseUrl");
    Objects.requireNonNull(logProof, "logProof");
    if (!statusBaseUrl.strip().matches("https?://\\S+")) {
      throw new IllegalArgumentException(
          "the status base URL must be an http(s) URL, got " + statusBaseUrl);
    }
    for (AchievedUnit unit : record.units()) {
      CourseUnit content = units.get(unit.ref().code());
      if (content != null
          && (!content.hash().equals(unit.hash()) || !content.ref().equals(unit.ref()))) {
        throw new IllegalArgumentException(
            "unit "
                + unit.ref()
                + " on the certificate has hash "
                + unit.hash()
                + ", the content given is "
                + content.ref()
                + " with "
                + content.hash());
      }
    }
  }

  /** The content of {@code unit}'s version, when known. */
  public Optional<CourseUnit> content(AchievedUnit unit) {
    return Optional.ofNullable(units.get(unit.ref().code()));
  }

  /** The certificate's status page: {@code <base>/<code>}. */
  public String statusUrl() {
    String base = statusBaseUrl.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + "/" + record.code();
  }
}

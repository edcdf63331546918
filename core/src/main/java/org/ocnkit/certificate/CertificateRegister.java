package org.ocnkit.certificate;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.internal.AtomicFiles;
import org.ocnkit.certificate.signature.IssuerKey;
import org.ocnkit.certificate.signature.RevocationEntry;
import org.ocnkit.certificate.signature.RevocationList;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Store;

/**
 * The register of issued certificates ({@code ocn certificate list|revoke|revocations}, {@code ocn
 * verify --code}): every fingerprint, code and serial number with its issue time, log index and
 * status. It holds no personal data; the references a caller recorded with a certificate are
 * identifiers.
 *
 * <p>Its methods run their own transaction; {@link CertificateRecords} reads the register inside
 * the caller's, for code that decides inside one transaction (such as "is this enrolment certified
 * already?").
 */
public final class CertificateRegister {
  /** The longest revocation reason accepted. */
  public static final int MAX_REASON_LENGTH = 500;

  /** The audit action of a review flag raised by a revocation. */
  public static final String ACTION_REVIEW = "certificate.review-flag";

  private final Store store;

  CertificateRegister(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Every certificate, by serial number. */
  public List<RegisterEntry> list() {
    return store.read(CertificateRecords::list);
  }

  /** The certificate with this code, if the register holds it. */
  public Optional<RegisterEntry> find(CertificateCode code) {
    return store.read(tx -> CertificateRecords.find(tx, code));
  }

  /** The certificate with this fingerprint, if the register holds it. */
  public Optional<RegisterEntry> find(Fingerprint fingerprint) {
    return store.read(tx -> CertificateRecords.find(tx, fingerprint));
  }

  /**
   * Revokes the certificate {@code code} for {@code reason}, now. The certificate stays in the
   * register and the log; verifiers report it as revoked with the reason and time. Every
   * qualification certificate not revoked that rests on it is flagged for review in the same
   * transaction ({@value #ACTION_REVIEW}); verifiers report those as under review.
   *
   * @throws InvalidInputException when no certificate has that code, or the reason is blank, longer
   *     than {@value #MAX_REASON_LENGTH} characters or holds control characters
   * @throws RefusedException when it was revoked already (when and why is in the message)
   */
  public RegisterEntry revoke(String actor, CertificateCode code, String reason) {
    String why = checkedReason(reason);
    return store.write(
        actor,
        tx -> {
          RegisterEntry entry = CertificateRecords.find(tx, code).orElseThrow(() -> unknown(code));
          if (entry.revocation().isPresent()) {
            RegisterEntry.Revocation r = entry.revocation().get();
            throw new RefusedException(
                Message.of(
                    CertificateRegister.class,
                    "register.alreadyRevoked",
                    code,
                    r.revokedAt(),
                    r.reason()));
          }
          long id = tx.queryLong("SELECT id FROM certificate WHERE code = ?", code.value());
          tx.insert(
              "certificate_revocation",
              new RevocationRow(id, tx.now(), why).columns(),
              "certificate.revoke");
          // Qualification certificates resting on this one are flagged for review.
          for (RegisterEntry resting :
              CertificateRecords.withReference(
                  tx, QualificationCertification.REF_UNIT_CERTIFICATE, code.value())) {
            if (resting.revocation().isEmpty()) {
              long restingId =
                  tx.queryLong("SELECT id FROM certificate WHERE code = ?", resting.code().value());
              tx.insert(
                  "certificate_review",
                  new ReviewRow(restingId, tx.now(), id).columns(),
                  ACTION_REVIEW);
            }
          }
          return CertificateRecords.find(tx, code).orElseThrow();
        });
  }

  /**
   * The list of every revoked certificate as of now, valid for {@link
   * RevocationList#DEFAULT_VALIDITY}, for signing with {@link RevocationList#sign} and checking
   * offline.
   */
  public RevocationList revocationList() {
    return revocationList(RevocationList.DEFAULT_VALIDITY);
  }

  /** The list of every revoked certificate as of now, to be relied on for {@code validity}. */
  public RevocationList revocationList(java.time.Duration validity) {
    return store.read(
        tx -> {
          List<RevocationEntry> entries = new ArrayList<>();
          for (RegisterEntry e : CertificateRecords.list(tx)) {
            e.revocation()
                .ifPresent(
                    r ->
                        entries.add(
                            new RevocationEntry(
                                e.code().value(),
                                e.fingerprint().hex(),
                                r.revokedAt(),
                                r.reason())));
          }
          java.time.Instant now = tx.now();
          return new RevocationList(
              now, now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plus(validity), entries);
        });
  }

  /**
   * When the latest revocation in the register happened, to the second (the precision of a
   * revocation list), if any certificate was revoked.
   */
  static Optional<java.time.Instant> latestRevocation(ReadTx tx) throws SQLException {
    return tx
        .query("SELECT revoked_at FROM certificate_revocation", row -> row.getInstant("revoked_at"))
        .stream()
        .map(t -> t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
        .max(java.util.Comparator.naturalOrder());
  }

  /**
   * Signs the {@link #revocationList() revocation list} with the issuer key and writes it to {@code
   * file} (replacing it) as DER CMS, the {@code .p7m} file verifiers pass with {@code
   * --revocations}.
   *
   * @return the list written
   * @throws org.ocnkit.EnvironmentException when the file cannot be written
   */
  public RevocationList writeRevocationList(IssuerKey key, Path file) {
    return writeRevocationList(key, file, RevocationList.DEFAULT_VALIDITY);
  }

  /** As {@link #writeRevocationList(IssuerKey, Path)}, with a list valid for {@code validity}. */
  public RevocationList writeRevocationList(IssuerKey key, Path file, java.time.Duration validity) {
    RevocationList list = revocationList(validity);
    AtomicFiles.replace(file, list.sign(key));
    return list;
  }

  /** The entry for {@code code}, or an {@link InvalidInputException} saying there is none. */
  public RegisterEntry require(CertificateCode code) {
    return find(code).orElseThrow(() -> unknown(code));
  }

  private static InvalidInputException unknown(CertificateCode code) {
    return new InvalidInputException(
        Message.of(CertificateRegister.class, "register.unknownCode", code));
  }

  private static String checkedReason(String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()
        || why.length() > MAX_REASON_LENGTH
        || why.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw new InvalidInputException(
          Message.of(
              CertificateRegister.class, "register.badReason", String.valueOf(MAX_REASON_LENGTH)));
    }
    return why;
  }

  /** A new row of {@code certificate_revocation}. */
  private record RevocationRow(long certificate, Instant revokedAt, String reason) {
    Map<String, Object> columns() {
      return Map.of("certificate_id", certificate, "revoked_at", revokedAt, "reason", reason);
    }
  }

  /** A new row of {@code certificate_review}: flagged because its cause was revoked. */
  private record ReviewRow(long certificate, Instant flaggedAt, long cause) {
    Map<String, Object> columns() {
      return Map.of("certificate_id", certificate, "flagged_at", flaggedAt, "cause_id", cause);
    }
  }
}

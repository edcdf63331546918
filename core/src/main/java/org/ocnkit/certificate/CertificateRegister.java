package org.ocnkit.certificate;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.ocnkit.store.Row;
import org.ocnkit.store.Store;

/**
 * The register of issued certificates ({@code ocn certificate list|revoke|revocations}, {@code
 * ocn verify --code}): every fingerprint, code and serial number with its issue time, log index
 * and status. It holds no personal data; the references a caller recorded with a certificate are
 * identifiers.
 *
 * <p>The instance methods run their own transaction; the static ones take the caller's, for code
 * that decides inside one transaction (such as "is this enrolment certified already?").
 */
public final class CertificateRegister {
  /** The longest revocation reason accepted. */
  public static final int MAX_REASON_LENGTH = 500;

  private static final String SELECT =
      "SELECT c.id, c.serial, c.code, c.fingerprint, c.issued_at, c.issue_date, c.leaf_index,"
          + " c.tree_size, r.revoked_at, r.reason,"
          + " (SELECT MIN(v.flagged_at) FROM certificate_review v"
          + " WHERE v.certificate_id = c.id) AS review_at,"
          + " (SELECT MIN(x.code) FROM certificate_review v JOIN certificate x ON x.id = v.cause_id"
          + " WHERE v.certificate_id = c.id) AS review_cause"
          + " FROM certificate c LEFT JOIN certificate_revocation r ON r.certificate_id = c.id";

  /** The audit action of a review flag raised by a revocation. */
  public static final String ACTION_REVIEW = "certificate.review-flag";

  private final Store store;

  public CertificateRegister(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Every certificate, by serial number. */
  public List<RegisterEntry> list() {
    return store.read(CertificateRegister::list);
  }

  /** Every certificate, by serial number. */
  public static List<RegisterEntry> list(ReadTx tx) throws SQLException {
    List<RegisterEntry> all = new ArrayList<>(tx.query(SELECT, CertificateRegister::entry));
    all.sort(Comparator.comparingLong(RegisterEntry::serial));
    return all;
  }

  public Optional<RegisterEntry> find(CertificateCode code) {
    return store.read(tx -> find(tx, code));
  }

  public Optional<RegisterEntry> find(Fingerprint fingerprint) {
    return store.read(tx -> find(tx, fingerprint));
  }

  public static Optional<RegisterEntry> find(ReadTx tx, CertificateCode code)
      throws SQLException {
    return tx.queryOne(SELECT + " WHERE c.code = ?", CertificateRegister::entry, code.value());
  }

  public static Optional<RegisterEntry> find(ReadTx tx, Fingerprint fingerprint)
      throws SQLException {
    return tx.queryOne(SELECT + " WHERE c.fingerprint = ?", CertificateRegister::entry,
        fingerprint.hex());
  }

  /** The certificates recorded with the reference {@code (kind, value)}, by serial number. */
  public static List<RegisterEntry> withReference(ReadTx tx, String kind, String value)
      throws SQLException {
    List<RegisterEntry> found = new ArrayList<>(tx.query(
        SELECT + " WHERE c.id IN (SELECT certificate_id FROM certificate_reference"
            + " WHERE kind = ? AND ref = ?)", CertificateRegister::entry, kind, value));
    found.sort(Comparator.comparingLong(RegisterEntry::serial));
    return found;
  }

  /** The references recorded with the certificate {@code code}, in the order given. */
  public static List<CertificateRequest.Reference> references(ReadTx tx, CertificateCode code)
      throws SQLException {
    return tx.query("SELECT x.kind, x.ref FROM certificate_reference x"
            + " JOIN certificate c ON c.id = x.certificate_id WHERE c.code = ? ORDER BY x.id",
        row -> new CertificateRequest.Reference(row.getString("kind"), row.getString("ref")),
        code.value());
  }

  /**
   * The references of every certificate, each certificate's in the order of {@link
   * #references(ReadTx, CertificateCode)}: one query for a whole register (reports).
   */
  public static Map<CertificateCode, List<CertificateRequest.Reference>> references(ReadTx tx)
      throws SQLException {
    Map<CertificateCode, List<CertificateRequest.Reference>> all = new HashMap<>();
    for (CodedReference r : tx.query("SELECT c.code, x.kind, x.ref FROM certificate_reference x"
            + " JOIN certificate c ON c.id = x.certificate_id ORDER BY x.id",
        row -> new CodedReference(row.getString("code"),
            new CertificateRequest.Reference(row.getString("kind"), row.getString("ref"))))) {
      all.computeIfAbsent(new CertificateCode(r.code()), k -> new ArrayList<>())
          .add(r.reference());
    }
    return all;
  }

  /** A {@code certificate_reference} row with its certificate's code. */
  private record CodedReference(String code, CertificateRequest.Reference reference) {}

  /**
   * Revokes the certificate {@code code} for {@code reason}, now. The certificate stays in the
   * register and the log; verifiers report it as revoked with the reason and time. Every
   * qualification certificate not revoked that rests on it is flagged for review in the same
   * transaction ({@value #ACTION_REVIEW}); verifiers report those as under review.
   *
   * @throws InvalidInputException when no certificate has that code, or the reason is blank,
   *     longer than {@value #MAX_REASON_LENGTH} characters or holds control characters
   * @throws RefusedException when it was revoked already (when and why is in the message)
   */
  public RegisterEntry revoke(String actor, CertificateCode code, String reason) {
    String why = checkedReason(reason);
    return store.write(actor, tx -> {
      RegisterEntry entry = find(tx, code).orElseThrow(() -> unknown(code));
      if (entry.revocation().isPresent()) {
        RegisterEntry.Revocation r = entry.revocation().get();
        throw new RefusedException(Message.of(CertificateRegister.class,
            "register.alreadyRevoked", code, r.revokedAt(), r.reason()));
      }
      long id = tx.queryLong("SELECT id FROM certificate WHERE code = ?", code.value());
      tx.insert("certificate_revocation",
          Map.of("certificate_id", id, "revoked_at", tx.now(), "reason", why),
          "certificate.revoke");
      // Qualification certificates resting on this one are flagged for review.
      for (RegisterEntry resting : withReference(tx,
          QualificationCertification.REF_UNIT_CERTIFICATE, code.value())) {
        if (resting.revocation().isEmpty()) {
          long restingId = tx.queryLong("SELECT id FROM certificate WHERE code = ?",
              resting.code().value());
          tx.insert("certificate_review", Map.of("certificate_id", restingId,
              "flagged_at", tx.now(), "cause_id", id), ACTION_REVIEW);
        }
      }
      return find(tx, code).orElseThrow();
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
    return store.read(tx -> {
      List<RevocationEntry> entries = new ArrayList<>();
      for (RegisterEntry e : list(tx)) {
        e.revocation().ifPresent(r -> entries.add(new RevocationEntry(e.code().value(),
            e.fingerprint().hex(), r.revokedAt(), r.reason())));
      }
      java.time.Instant now = tx.now();
      return new RevocationList(now, now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
          .plus(validity), entries);
    });
  }

  /**
   * When the latest revocation in the register happened, to the second (the precision of a
   * revocation list), if any certificate was revoked.
   */
  static Optional<java.time.Instant> latestRevocation(ReadTx tx) throws SQLException {
    return tx.query("SELECT revoked_at FROM certificate_revocation", row ->
            row.getInstant("revoked_at")).stream()
        .map(t -> t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
        .max(java.util.Comparator.naturalOrder());
  }

  /**
   * Signs the {@link #revocationList() revocation list} with the issuer key and writes it to
   * {@code file} (replacing it) as DER CMS, the {@code .p7m} file verifiers pass with {@code
   * --revocations}.
   *
   * @return the list written
   * @throws org.ocnkit.EnvironmentException when the file cannot be written
   */
  public RevocationList writeRevocationList(IssuerKey key, Path file) {
    return writeRevocationList(key, file, RevocationList.DEFAULT_VALIDITY);
  }

  /** As {@link #writeRevocationList(IssuerKey, Path)}, with a list valid for {@code validity}. */
  public RevocationList writeRevocationList(IssuerKey key, Path file,
      java.time.Duration validity) {
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
    if (why.isEmpty() || why.length() > MAX_REASON_LENGTH
        || why.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw new InvalidInputException(Message.of(CertificateRegister.class,
          "register.badReason", String.valueOf(MAX_REASON_LENGTH)));
    }
    return why;
  }

  private static RegisterEntry entry(Row row) throws SQLException {
    Optional<RegisterEntry.Revocation> revocation = Optional.empty();
    if (!row.isNull("revoked_at")) {
      revocation = Optional.of(new RegisterEntry.Revocation(row.getInstant("revoked_at"),
          row.getString("reason")));
    }
    Optional<RegisterEntry.Review> review = Optional.empty();
    if (!row.isNull("review_at")) {
      review = Optional.of(new RegisterEntry.Review(row.getInstant("review_at"),
          new CertificateCode(row.getString("review_cause"))));
    }
    return new RegisterEntry(row.getLong("serial"), new CertificateCode(row.getString("code")),
        new Fingerprint(row.getString("fingerprint")), row.getInstant("issued_at"),
        row.getLocalDate("issue_date"), row.getLong("leaf_index"), row.getLong("tree_size"),
        revocation, review);
  }
}

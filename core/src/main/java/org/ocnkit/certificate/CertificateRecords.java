package org.ocnkit.certificate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.learner.Erasure;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Tx;

/**
 * The certificate register within another package's transaction (the transaction-level API of the
 * certificate package): which certificates exist, with which references, and the redaction of an
 * erased apprentice's name from revocation reasons. Reports and the erasure of personal data call
 * these inside their own transactions; front ends use {@link CertificateService} ({@code
 * Ocnkit.certificates()}) instead.
 */
public final class CertificateRecords {
  private static final String SELECT =
      "SELECT c.id, c.serial, c.code, c.fingerprint, c.issued_at, c.issue_date, c.leaf_index,"
          + " c.tree_size, r.revoked_at, r.reason,"
          + " (SELECT MIN(v.flagged_at) FROM certificate_review v"
          + " WHERE v.certificate_id = c.id) AS review_at,"
          + " (SELECT MIN(x.code) FROM certificate_review v JOIN certificate x ON x.id = v.cause_id"
          + " WHERE v.certificate_id = c.id) AS review_cause"
          + " FROM certificate c LEFT JOIN certificate_revocation r ON r.certificate_id = c.id";

  private CertificateRecords() {}

  /** Every certificate, by serial number. */
  public static List<RegisterEntry> list(ReadTx tx) throws SQLException {
    List<RegisterEntry> all = new ArrayList<>(tx.query(SELECT, CertificateRecords::entry));
    all.sort(Comparator.comparingLong(RegisterEntry::serial));
    return all;
  }

  /** The certificate with this code, if the register holds it. */
  public static Optional<RegisterEntry> find(ReadTx tx, CertificateCode code) throws SQLException {
    return tx.queryOne(SELECT + " WHERE c.code = ?", CertificateRecords::entry, code.value());
  }

  /** The certificate with this fingerprint, if the register holds it. */
  public static Optional<RegisterEntry> find(ReadTx tx, Fingerprint fingerprint)
      throws SQLException {
    return tx.queryOne(
        SELECT + " WHERE c.fingerprint = ?", CertificateRecords::entry, fingerprint.hex());
  }

  /** The certificates recorded with the reference {@code (kind, value)}, by serial number. */
  public static List<RegisterEntry> withReference(ReadTx tx, String kind, String value)
      throws SQLException {
    List<RegisterEntry> found =
        new ArrayList<>(
            tx.query(
                SELECT
                    + " WHERE c.id IN (SELECT certificate_id FROM certificate_reference"
                    + " WHERE kind = ? AND ref = ?)",
                CertificateRecords::entry,
                kind,
                value));
    found.sort(Comparator.comparingLong(RegisterEntry::serial));
    return found;
  }

  /** The references recorded with the certificate {@code code}, in the order given. */
  public static List<CertificateRequest.Reference> references(ReadTx tx, CertificateCode code)
      throws SQLException {
    return tx.query(
        "SELECT x.kind, x.ref FROM certificate_reference x"
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
    for (CodedReference r :
        tx.query(
            "SELECT c.code, x.kind, x.ref FROM certificate_reference x"
                + " JOIN certificate c ON c.id = x.certificate_id ORDER BY x.id",
            row ->
                new CodedReference(
                    row.getString("code"),
                    new CertificateRequest.Reference(
                        row.getString("kind"), row.getString("ref"))))) {
      all.computeIfAbsent(new CertificateCode(r.code()), k -> new ArrayList<>()).add(r.reference());
    }
    return all;
  }

  /**
   * Redacts the name of an apprentice just erased ({@link org.ocnkit.learner.Apprentices#erase})
   * from the reasons their certificates were revoked, in the same transaction; the next revocation
   * list carries the redacted reason. The revocation itself stays.
   *
   * @return how many reasons changed
   */
  public static int redact(Tx tx, Erasure erasure) throws SQLException {
    int changed = 0;
    for (ReasonRow r :
        tx.query(
            "SELECT r.id, r.reason FROM certificate_revocation r"
                + " JOIN certificate_reference cr ON cr.certificate_id = r.certificate_id"
                + " WHERE cr.kind = ? AND cr.ref = ?",
            row -> new ReasonRow(row.getLong("id"), row.getString("reason")),
            Certification.REF_APPRENTICE,
            erasure.id().toString())) {
      String reason = erasure.redact(r.reason());
      if (!reason.equals(r.reason())) {
        tx.update(
            "certificate_revocation",
            r.id(),
            new ReasonRow(r.id(), reason).columns(),
            Certification.ACTION_REDACT);
        changed++;
      }
    }
    return changed;
  }

  /** A {@code certificate_reference} row with its certificate's code. */
  private record CodedReference(String code, CertificateRequest.Reference reference) {}

  /** A {@code certificate_revocation} row's id and reason, as redaction reads and writes them. */
  private record ReasonRow(long id, String reason) {
    Map<String, Object> columns() {
      return Map.of("reason", reason);
    }
  }

  private static RegisterEntry entry(Row row) throws SQLException {
    Optional<RegisterEntry.Revocation> revocation = Optional.empty();
    if (!row.isNull("revoked_at")) {
      revocation =
          Optional.of(
              new RegisterEntry.Revocation(row.getInstant("revoked_at"), row.getString("reason")));
    }
    Optional<RegisterEntry.Review> review = Optional.empty();
    if (!row.isNull("review_at")) {
      review =
          Optional.of(
              new RegisterEntry.Review(
                  row.getInstant("review_at"), new CertificateCode(row.getString("review_cause"))));
    }
    return new RegisterEntry(
        row.getLong("serial"),
        new CertificateCode(row.getString("code")),
        new Fingerprint(row.getString("fingerprint")),
        row.getInstant("issued_at"),
        row.getLocalDate("issue_date"),
        row.getLong("leaf_index"),
        row.getLong("tree_size"),
        revocation,
        review);
  }
}

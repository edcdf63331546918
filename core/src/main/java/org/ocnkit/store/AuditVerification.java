package org.ocnkit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import org.ocnkit.Message;
import org.ocnkit.store.AuditFinding.Kind;
import org.ocnkit.store.internal.AuditCodec;
import org.ocnkit.store.internal.Database;
import org.ocnkit.store.internal.SqlValues;

/**
 * Recomputes the audit chain and checks every audited record and attachment against it, in one read
 * transaction. See {@link AuditReport} for what it proves.
 */
final class AuditVerification {
  private static final int FETCH_SIZE = 1000;

  private final ReadTx tx;
  private final Database database;
  private final Attachments attachments;
  private final List<AuditFinding> findings = new ArrayList<>();
  private final List<AuditAnchor> anchors;

  /** The hashes the chain holds at the anchors' sequence numbers. */
  private final Map<Long, String> anchoredHashes = new HashMap<>();

  /** Per record ({@code table:id}), the last event that recorded its state. */
  private final Map<String, RowEvent> latest = new HashMap<>();

  private long events;
  private long records;
  private long attachmentFiles;
  private String lastHash = AuditCodec.GENESIS;
  private long lastSeq;

  private record RowEvent(long seq, String action, String digest) {}

  private record StoredFile(
      String entity, String sha256, long size, OptionalLong seq, String action) {}

  private AuditVerification(
      ReadTx tx, Database database, Attachments attachments, List<AuditAnchor> anchors) {
    this.anchors = List.copyOf(anchors);
    anchors.forEach(a -> anchoredHashes.put(a.seq(), null));
    this.tx = tx;
    this.database = database;
    this.attachments = attachments;
  }

  static AuditReport verify(Store store, Attachments attachments, List<AuditAnchor> anchors) {
    return store.read(
        tx -> new AuditVerification(tx, store.database(), attachments, anchors).run());
  }

  private AuditReport run() throws SQLException {
    checkChain();
    checkHead();
    checkAnchors();
    List<String> exempt =
        tx.query(
            "SELECT table_name FROM audit_exempt ORDER BY table_name",
            row -> row.getString("table_name"));
    List<StoredFile> files = new ArrayList<>();
    for (String table : database.tableNames(tx.connection())) {
      if (!Workspace.UNAUDITED_TABLES.contains(table) && !exempt.contains(table)) {
        checkRecords(table, files);
      }
    }
    latest.forEach(
        (entity, event) ->
            finding(Kind.RECORD_MISSING, event.seq, entity, event.action, "audit.recordMissing"));
    checkFiles(files);
    return new AuditReport(events, records, attachmentFiles, lastHash, exempt, findings);
  }

  private String lastAt;

  /** True when {@code at} lies more than {@link Store#CLOCK_SKEW} before {@code previous}. */
  private static boolean earlierBeyondSkew(String at, String previous) {
    try {
      return java.time.Instant.parse(at)
          .isBefore(java.time.Instant.parse(previous).minus(Store.CLOCK_SKEW));
    } catch (java.time.format.DateTimeParseException e) {
      // Instants are stored as fixed-width UTC text: text order is time order.
      return at.compareTo(previous) < 0;
    }
  }

  private void checkChain() throws SQLException {
    try (PreparedStatement ps =
            stream(
                "SELECT seq, at, db_at, actor, action, entity, digest, detail, prev_hash, hash"
                    + " FROM audit_event ORDER BY seq");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long seq = rs.getLong("seq");
        String at = rs.getString("at");
        String dbAt = rs.getString("db_at");
        String actor = rs.getString("actor");
        String action = rs.getString("action");
        String entity = rs.getString("entity");
        String digest = rs.getString("digest");
        String detail = rs.getString("detail");
        String prevHash = rs.getString("prev_hash");
        String hash = rs.getString("hash");
        events++;
        String expected =
            AuditCodec.eventHash(seq, at, dbAt, actor, action, entity, digest, detail, prevHash);
        if (seq != lastSeq + 1) {
          finding(
              Kind.EVENT_MISSING,
              seq,
              entity,
              action,
              "audit.eventMissing",
              String.valueOf(lastSeq));
        } else if (!expected.equals(hash)) {
          finding(Kind.EVENT_ALTERED, seq, entity, action, "audit.eventAltered");
        } else if (!lastHash.equals(prevHash)) {
          finding(
              Kind.CHAIN_BROKEN, seq, entity, action, "audit.chainBroken", String.valueOf(lastSeq));
        } else if (detail != null && !AuditCodec.sha256Hex(detail).equals(digest)) {
          finding(Kind.DETAIL_ALTERED, seq, entity, action, "audit.detailAltered");
        }
        if (lastAt != null && at != null && earlierBeyondSkew(at, lastAt)) {
          // Instants are stored as fixed-width UTC text, so text order is time order.
          finding(
              Kind.TIME_BACKWARDS,
              seq,
              entity,
              action,
              "audit.timeBackwards",
              at,
              String.valueOf(lastSeq),
              lastAt);
        }
        if (detail == null) {
          latest.put(entity, new RowEvent(seq, action, digest));
        }
        if (anchoredHashes.containsKey(seq)) {
          anchoredHashes.put(seq, hash);
        }
        lastAt = at;
        lastSeq = seq;
        lastHash = hash;
      }
    }
  }

  /**
   * Compares the chain with every anchor kept outside the database: the chain must still reach each
   * anchored event, with the same hash. Otherwise its tail was cut off (and perhaps rewritten)
   * after the anchor was taken: a rollback.
   */
  private void checkAnchors() {
    for (AuditAnchor anchor : anchors) {
      String held = anchoredHashes.get(anchor.seq());
      if (held == null) {
        findings.add(
            new AuditFinding(
                Kind.ROLLBACK,
                OptionalLong.of(anchor.seq()),
                "",
                anchor.action(),
                Message.of(
                    AuditVerification.class,
                    "audit.rolledBack",
                    String.valueOf(anchor.seq()),
                    anchor.at().toString(),
                    anchor.action(),
                    String.valueOf(lastSeq))));
      } else if (!held.equals(anchor.hash())) {
        findings.add(
            new AuditFinding(
                Kind.ROLLBACK,
                OptionalLong.of(anchor.seq()),
                "",
                anchor.action(),
                Message.of(
                    AuditVerification.class,
                    "audit.anchorDiffers",
                    String.valueOf(anchor.seq()),
                    anchor.at().toString(),
                    anchor.action())));
      }
    }
  }

  private void checkHead() throws SQLException {
    Optional<Map.Entry<Long, String>> head =
        tx.queryOne(
            "SELECT seq, hash FROM audit_head WHERE id = 1",
            row -> Map.entry(row.getLong("seq"), row.getString("hash")));
    if (head.isEmpty()) {
      finding(Kind.HEAD_MISMATCH, lastSeq + 1, "", "", "audit.headMissingFinding");
      return;
    }
    long headSeq = head.get().getKey();
    if (headSeq > lastSeq) {
      finding(
          Kind.HEAD_MISMATCH,
          lastSeq + 1,
          "",
          "",
          "audit.tailMissing",
          String.valueOf(lastSeq),
          String.valueOf(headSeq));
    } else if (headSeq < lastSeq) {
      finding(
          Kind.HEAD_MISMATCH,
          headSeq + 1,
          "",
          "",
          "audit.headBehind",
          String.valueOf(lastSeq),
          String.valueOf(headSeq));
    } else if (!head.get().getValue().equals(lastHash)) {
      finding(Kind.HEAD_MISMATCH, lastSeq, "", "", "audit.headAltered");
    }
  }

  private void checkRecords(String table, List<StoredFile> files) throws SQLException {
    try (PreparedStatement ps = stream("SELECT * FROM " + table + " ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        SortedMap<String, Object> row = SqlValues.readRow(rs);
        if (!(row.get("id") instanceof Long id)) {
          throw new IllegalStateException(
              "audited table "
                  + table
                  + " has no integer id column; add it to audit_exempt or"
                  + " give it one (see the storage conventions)");
        }
        records++;
        String entity = table + ":" + id;
        RowEvent event = latest.remove(entity);
        if (event == null) {
          findings.add(
              new AuditFinding(
                  Kind.RECORD_WITHOUT_EVENT,
                  OptionalLong.empty(),
                  entity,
                  "",
                  Message.of(AuditVerification.class, "audit.recordWithoutEvent", entity)));
        } else if (!event.digest.equals(AuditCodec.rowDigest(row))) {
          finding(Kind.RECORD_ALTERED, event.seq, entity, event.action, "audit.recordAltered");
        }
        if (table.equals("attachment")
            && row.get("sha256") instanceof String sha
            && row.get("size_bytes") instanceof Long size) {
          files.add(
              new StoredFile(
                  entity,
                  sha,
                  size,
                  event == null ? OptionalLong.empty() : OptionalLong.of(event.seq),
                  event == null ? "" : event.action));
        }
      }
    }
  }

  private void checkFiles(List<StoredFile> files) {
    Map<String, Optional<Kind>> checked = new HashMap<>();
    for (StoredFile file : files) {
      Optional<Kind> problem =
          checked.computeIfAbsent(file.sha256 + "/" + file.size, k -> check(file));
      problem.ifPresent(
          kind ->
              findings.add(
                  new AuditFinding(
                      kind,
                      file.seq,
                      file.entity,
                      file.action,
                      Message.of(
                          AuditVerification.class,
                          kind == Kind.ATTACHMENT_MISSING
                              ? "audit.attachmentMissing"
                              : "audit.attachmentAltered",
                          file.seq.isPresent() ? String.valueOf(file.seq.getAsLong()) : "-",
                          file.entity,
                          file.action,
                          file.sha256,
                          attachments.location()))));
    }
  }

  private Optional<Kind> check(StoredFile file) {
    Optional<Kind> problem = attachments.verify(tx, file.sha256, file.size);
    if (problem.isEmpty()) {
      attachmentFiles++;
    }
    return problem;
  }

  private PreparedStatement stream(String sql) throws SQLException {
    Connection c = tx.connection();
    PreparedStatement ps = c.prepareStatement(sql);
    ps.setFetchSize(FETCH_SIZE);
    return ps;
  }

  private void finding(
      Kind kind, long seq, String entity, String action, String key, String... extra) {
    Object[] args = new Object[3 + extra.length];
    args[0] = String.valueOf(seq);
    args[1] = entity;
    args[2] = action;
    System.arraycopy(extra, 0, args, 3, extra.length);
    findings.add(
        new AuditFinding(
            kind,
            OptionalLong.of(seq),
            entity,
            action,
            Message.of(AuditVerification.class, key, args)));
  }
}

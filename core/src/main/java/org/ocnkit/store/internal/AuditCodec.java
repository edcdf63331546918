package org.ocnkit.store.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import org.ocnkit.io.Sha256;

/**
 * The two hashes of the audit chain, defined byte for byte so that any implementation (and both
 * engines) computes the same values.
 *
 * <p><b>Row digest</b>: SHA-256 over the UTF-8 text {@code ocnkit-row-v1}, then for each column in
 * ascending name order: the name, a one-byte type tag and the value. Tags: {@code n} NULL (no value
 * follows), {@code i} integer (its decimal text), {@code s} text (as is), {@code b} bytes
 * (lowercase hex). Every name and value is written as a 4-byte big-endian length followed by its
 * UTF-8 bytes, so no two different rows encode alike and NULL differs from the empty text.
 *
 * <p><b>Event hash</b>: SHA-256 over {@code ocnkit-audit-v1} followed by the length-prefixed fields
 * seq (decimal), at, actor, action, entity, digest, detail (length -1 when absent) and prev_hash.
 * The first event's prev_hash is 64 zeros.
 *
 * <p>Hashes are 64 lowercase hex digits.
 */
public final class AuditCodec {
  /** The prev_hash of the first event. */
  public static final String GENESIS = "0".repeat(64);

  private static final HexFormat HEX = HexFormat.of();

  private AuditCodec() {}

  /** The digest of a row read with {@link SqlValues#readRow}. */
  public static String rowDigest(SortedMap<String, Object> row) {
    Encoder e = new Encoder("ocnkit-row-v1");
    for (Map.Entry<String, Object> column : row.entrySet()) {
      e.field(column.getKey());
      Object v = column.getValue();
      if (v == null) {
        e.tag('n');
      } else if (v instanceof Long l) {
        e.tag('i');
        e.field(Long.toString(l));
      } else if (v instanceof String s) {
        e.tag('s');
        e.field(s);
      } else if (v instanceof byte[] b) {
        e.tag('b');
        e.field(HEX.formatHex(b));
      } else {
        throw new IllegalArgumentException("not a canonical value: " + v.getClass());
      }
    }
    return sha256Hex(e.bytes());
  }

  /** The hash of one audit event. {@code detail} is null for an event that records a row. */
  public static String eventHash(
      long seq,
      String at,
      String actor,
      String action,
      String entity,
      String digest,
      String detail,
      String prevHash) {
    Encoder e = new Encoder("ocnkit-audit-v1");
    e.field(Long.toString(seq));
    e.field(at);
    e.field(actor);
    e.field(action);
    e.field(entity);
    e.field(digest);
    e.field(detail);
    e.field(prevHash);
    return sha256Hex(e.bytes());
  }

  /**
   * The hash of an event that also records the database server's time {@code dbAt}; without it
   * (SQLite, or events written before it was recorded) the same as the hash above, so chains
   * written before stay valid.
   */
  public static String eventHash(
      long seq,
      String at,
      String dbAt,
      String actor,
      String action,
      String entity,
      String digest,
      String detail,
      String prevHash) {
    if (dbAt == null) {
      return eventHash(seq, at, actor, action, entity, digest, detail, prevHash);
    }
    Encoder e = new Encoder("ocnkit-audit-v2");
    e.field(Long.toString(seq));
    e.field(at);
    e.field(dbAt);
    e.field(actor);
    e.field(action);
    e.field(entity);
    e.field(digest);
    e.field(detail);
    e.field(prevHash);
    return sha256Hex(e.bytes());
  }

  public static String sha256Hex(byte[] data) {
    return HEX.formatHex(sha256().digest(data));
  }

  public static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  public static MessageDigest sha256() {
    return Sha256.newDigest();
  }

  private static final class Encoder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Encoder(String domain) {
      field(domain);
    }

    void field(String value) {
      if (value == null) {
        length(-1);
        return;
      }
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      length(bytes.length);
      out.writeBytes(bytes);
    }

    void tag(char tag) {
      out.write(tag);
    }

    private void length(int n) {
      out.write(n >>> 24);
      out.write(n >>> 16);
      out.write(n >>> 8);
      out.write(n);
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }
}

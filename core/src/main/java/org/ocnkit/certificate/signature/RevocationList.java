package org.ocnkit.certificate.signature;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.signature.internal.CmsSigning;
import org.ocnkit.certificate.signature.internal.EncapsulatedSignature;

/**
 * The issuer's signed list of revoked certificates ({@code ocn certificate revocations}), which a
 * verifier checks offline, without the issuer's database.
 *
 * <p>The body is UTF-8 text, one item a line, each line ending with a line feed, fields separated
 * by one tab; entries sorted by fingerprint, so equal lists give equal bytes:
 *
 * <pre>
 * ocnkit-revocation-list 2
 * issued-at	2026-11-23T10:15:00Z
 * valid-until	2026-11-30T10:15:00Z
 * entries	1
 * revoked	K7QM-2XHD	3f5c…(64 hex digits)	2026-11-20T08:00:00Z	issued to the wrong person
 * </pre>
 *
 * <p>In a reason, backslash, tab, line feed and carriage return are written {@code \\}, {@code \t},
 * {@code \n} and {@code \r}. The body is wrapped as an encapsulated CMS SignedData (DER, a {@code
 * .p7m} file) signed by the issuer key with the same signed attributes as a PAdES signature
 * (content-type, message-digest, signing-certificate-v2). Anyone can check a list with OpenSSL and
 * read the body it prints:
 *
 * <pre>
 * openssl cms -verify -inform DER -in revocations.p7m -CAfile issuer.pem -purpose any
 * </pre>
 *
 * <p>It prints the body and "CMS Verification successful", and exits with 0 (checked with OpenSSL
 * 3.0 in {@code RevocationListTest}). {@code -purpose any} keeps OpenSSL from applying its S/MIME
 * e-mail checks, which a certificate imported from the organisation with a restrictive extended key
 * usage could fail; a certificate made by {@code ocn keys init} passes either way.
 *
 * <p>Like a CRL's thisUpdate and nextUpdate, {@code issued-at} says when the list was made and
 * {@code valid-until} until when it may be relied on ({@code revocation.validityDays} after, 7 by
 * default); a verifier refuses a list past that time ({@link #requireCurrent}). The full format is
 * documented in {@code docs/revocation-list.md}.
 *
 * @param issuedAt when the list was made, kept to the second
 * @param validUntil until when it may be relied on, kept to the second; after {@code issuedAt}
 * @param entries the revoked certificates, sorted by fingerprint; no fingerprint twice
 */
public record RevocationList(Instant issuedAt, Instant validUntil, List<RevocationEntry> entries) {
  static final String HEADER = "ocnkit-revocation-list 2";
  private static final String HEADER_V1 = "ocnkit-revocation-list 1";

  /** How long a list may be relied on unless the workspace says otherwise. */
  public static final java.time.Duration DEFAULT_VALIDITY = java.time.Duration.ofDays(7);

  public RevocationList {
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(validUntil, "validUntil");
    issuedAt = issuedAt.truncatedTo(ChronoUnit.SECONDS);
    validUntil = validUntil.truncatedTo(ChronoUnit.SECONDS);
    if (!validUntil.isAfter(issuedAt)) {
      throw new IllegalArgumentException(
          "a revocation list is valid until after it was issued ("
              + issuedAt
              + "), got "
              + validUntil);
    }
    List<RevocationEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(RevocationEntry::fingerprint));
    Set<String> seen = new HashSet<>();
    for (RevocationEntry entry : sorted) {
      if (!seen.add(entry.fingerprint())) {
        throw new IllegalArgumentException(
            "certificate " + entry.fingerprint() + " is listed twice");
      }
    }
    entries = List.copyOf(sorted);
  }

  /** A list valid for {@link #DEFAULT_VALIDITY} from {@code issuedAt}. */
  public RevocationList(Instant issuedAt, List<RevocationEntry> entries) {
    this(issuedAt, issuedAt.plus(DEFAULT_VALIDITY), entries);
  }

  /**
   * Refuses this list at the verifier's time {@code now} when it is past its validity, or was made
   * after {@code now} (a list from the future says nothing about now).
   *
   * @throws RefusedException naming the list by its times and saying what to do
   */
  public void requireCurrent(Instant now) {
    if (now.isAfter(validUntil)) {
      throw new RefusedException(
          Message.of(
              RevocationList.class,
              "revocations.expired",
              issuedAt,
              validUntil,
              now.truncatedTo(ChronoUnit.SECONDS)));
    }
    if (issuedAt.isAfter(now)) {
      throw new RefusedException(
          Message.of(
              RevocationList.class,
              "revocations.future",
              issuedAt,
              now.truncatedTo(ChronoUnit.SECONDS)));
    }
  }

  /** The entry for the certificate with {@code fingerprint} (64 lowercase hex), if revoked. */
  public Optional<RevocationEntry> find(String fingerprint) {
    return entries.stream().filter(e -> e.fingerprint().equals(fingerprint)).findFirst();
  }

  /** The deterministic UTF-8 body described above. */
  public byte[] body() {
    StringBuilder text = new StringBuilder();
    text.append(HEADER).append('\n');
    text.append("issued-at\t").append(issuedAt).append('\n');
    text.append("valid-until\t").append(validUntil).append('\n');
    text.append("entries\t").append(entries.size()).append('\n');
    for (RevocationEntry entry : entries) {
      text.append("revoked\t")
          .append(entry.certificateCode())
          .append('\t')
          .append(entry.fingerprint())
          .append('\t')
          .append(entry.revokedAt())
          .append('\t')
          .append(escape(entry.reason()))
          .append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The body signed by {@code key}: a DER CMS SignedData with the body encapsulated. */
  public byte[] sign(IssuerKey key) {
    return CmsSigning.der(
        CmsSigning.signEncapsulated(body(), key.insecurePrivateKey(), key.certificateChain()));
  }

  /**
   * Reads and verifies a signed list: the CMS must verify, be signed by a trusted issuer (one of
   * {@code anchors.signers()} or issued by one) whose certificate was valid when the list was
   * issued, and hold a well-formed body.
   *
   * @throws InvalidInputException when {@code p7m} is not a CMS signed file at all
   * @throws RefusedException when it is, but cannot be trusted: tampered, signed by an untrusted
   *     key, or malformed inside; the message says which
   */
  public static RevocationList verify(byte[] p7m, TrustAnchors anchors) {
    Objects.requireNonNull(p7m, "p7m");
    Objects.requireNonNull(anchors, "anchors");
    EncapsulatedSignature signed = EncapsulatedSignature.parse(p7m);
    signed.verify();
    RevocationList list = parse(signed.content());
    signed.requireTrusted(anchors.signers(), list.issuedAt());
    return list;
  }

  /** Parses a body without any signature check; for tests and tools, never for verification. */
  static RevocationList parse(byte[] body) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      throw malformed(0, "not UTF-8");
    }
    if (!text.endsWith("\n")) {
      throw malformed(0, "the last line does not end with a line feed");
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    if (lines.length > 0 && lines[0].equals(HEADER_V1)) {
      throw malformed(
          1,
          "a list in the first format carries no validity period and cannot be"
              + " relied on; ask the issuer for a current list (\""
              + HEADER
              + "\")");
    }
    if (!lines[0].equals(HEADER)) {
      throw malformed(1, "expected \"" + HEADER + "\"");
    }
    if (lines.length < 4) {
      throw malformed(lines.length + 1, "expected the lines issued-at, valid-until and entries");
    }
    Instant issuedAt = instant(field(lines[1], "issued-at", 2, 1)[0], 2);
    Instant validUntil = instant(field(lines[2], "valid-until", 3, 1)[0], 3);
    int count;
    try {
      count = Integer.parseInt(field(lines[3], "entries", 4, 1)[0]);
    } catch (NumberFormatException e) {
      throw malformed(4, "the entry count is not a number");
    }
    if (count != lines.length - 4) {
      throw malformed(4, "the list says " + count + " entries but holds " + (lines.length - 4));
    }
    List<RevocationEntry> entries = new ArrayList<>();
    for (int i = 4; i < lines.length; i++) {
      String[] f = field(lines[i], "revoked", i + 1, 4);
      try {
        entries.add(new RevocationEntry(f[0], f[1], instant(f[2], i + 1), unescape(f[3], i + 1)));
      } catch (IllegalArgumentException e) {
        throw malformed(i + 1, e.getMessage());
      }
    }
    try {
      RevocationList list = new RevocationList(issuedAt, validUntil, entries);
      if (!java.util.Arrays.equals(list.body(), body)) {
        throw malformed(0, "the body is not in canonical form");
      }
      return list;
    } catch (IllegalArgumentException e) {
      throw malformed(0, e.getMessage());
    }
  }

  private static String[] field(String line, String name, int lineNumber, int values) {
    String[] parts = line.split("\t", -1);
    if (!parts[0].equals(name) || parts.length != values + 1) {
      throw malformed(
          lineNumber,
          "expected \""
              + name
              + "\" and "
              + values
              + " tab-separated "
              + (values == 1 ? "value" : "values"));
    }
    String[] rest = new String[values];
    System.arraycopy(parts, 1, rest, 0, values);
    return rest;
  }

  private static Instant instant(String text, int lineNumber) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw malformed(lineNumber, "\"" + text + "\" is not a UTC time");
    }
  }

  private static String escape(String reason) {
    StringBuilder out = new StringBuilder(reason.length());
    for (char c : reason.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String unescape(String text, int lineNumber) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i == text.length()) {
        throw malformed(lineNumber, "a reason ends with a lone backslash");
      }
      switch (text.charAt(i)) {
        case '\\' -> out.append('\\');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        default -> throw malformed(lineNumber, "unknown escape \\" + text.charAt(i));
      }
    }
    return out.toString();
  }

  private static RefusedException malformed(int line, String detail) {
    return new RefusedException(
        Message.of(RevocationList.class, "revocations.malformed", String.valueOf(line), detail));
  }
}

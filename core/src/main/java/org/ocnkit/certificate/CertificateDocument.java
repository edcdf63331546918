package org.ocnkit.certificate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.pdf.Attachment;
import org.ocnkit.pdf.ParsedPdf;
import org.ocnkit.pdf.PdfContents;

/**
 * A certificate PDF read back: its embedded record ({@code certificate.xml}) and other attachments,
 * its visible text, and the checks that tie the page to the record.
 *
 * <p>{@link #checks()} answers three questions, each as a named {@link Check}:
 *
 * <ul>
 *   <li>{@value #RECORD}: does the PDF carry a valid certificate record?
 *   <li>{@value #RECORD_HASH}: are the code and fingerprint printed on the page those of the
 *       embedded record (SHA-256 of its exact bytes)?
 *   <li>{@value #VISIBLE_TEXT}: does the page show the record's holder name, date of birth,
 *       programme and unit codes?
 * </ul>
 *
 * <p>These checks say nothing about who made the PDF: only the signature (checked elsewhere) and
 * the register do. A forger can make a consistent PDF; what these checks catch is a signed
 * certificate whose page or record was altered afterwards, or a record swapped in from another
 * certificate.
 */
public final class CertificateDocument {
  /** The PDF carries a valid certificate record. */
  public static final String RECORD = "RECORD";

  /** The printed code and fingerprint are the embedded record's. */
  public static final String RECORD_HASH = "RECORD_HASH";

  /** The visible text shows what the record says. */
  public static final String VISIBLE_TEXT = "VISIBLE_TEXT";

  private static final Pattern PRINTED_FINGERPRINT =
      Pattern.compile("(?<![0-9a-f])[0-9a-f]{8}(?:\\s+[0-9a-f]{8}){7}(?![0-9a-f])");
  private static final Pattern PRINTED_CODE =
      Pattern.compile("OCN-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]");

  private final PdfContents contents;
  private final Optional<byte[]> recordBytes;
  private final Optional<CertificateRecord> record;
  private final List<Problem> recordProblems;

  private CertificateDocument(
      PdfContents contents,
      Optional<byte[]> recordBytes,
      Optional<CertificateRecord> record,
      List<Problem> recordProblems) {
    this.contents = contents;
    this.recordBytes = recordBytes;
    this.record = record;
    this.recordProblems = List.copyOf(recordProblems);
  }

  /**
   * Reads a certificate PDF. A PDF without a record or with an invalid one is read all the same;
   * {@link #checks()} then says what is wrong.
   *
   * @param source how the user names the file
   * @throws InvalidInputException if the bytes are not a readable PDF
   */
  public static CertificateDocument read(String source, byte[] pdf) {
    return read(source, PdfContents.read(source, pdf));
  }

  /**
   * Reads a certificate PDF from {@code parsed}, the parse its verifier shares with the signature
   * check; the same as {@link #read(String, byte[])} on its bytes.
   */
  static CertificateDocument read(String source, ParsedPdf parsed) {
    return read(source, PdfContents.read(source, parsed));
  }

  private static CertificateDocument read(String source, PdfContents contents) {
    Optional<byte[]> bytes =
        contents.attachment(CertificateRecord.FILE_NAME).map(Attachment::content);
    Optional<CertificateRecord> record = Optional.empty();
    List<Problem> problems = new ArrayList<>();
    if (bytes.isPresent()) {
      try {
        record =
            Optional.of(
                CertificateRecord.read(source + "!/" + CertificateRecord.FILE_NAME, bytes.get()));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    return new CertificateDocument(contents, bytes, record, problems);
  }

  /** The exact bytes of the embedded {@code certificate.xml}, if the PDF has one. */
  public Optional<byte[]> recordBytes() {
    return recordBytes.map(byte[]::clone);
  }

  /** The embedded record, if present and valid. */
  public Optional<CertificateRecord> record() {
    return record;
  }

  /** Why the embedded record is not valid; empty when it is valid or absent. */
  public List<Problem> recordProblems() {
    return recordProblems;
  }

  /** The SHA-256 of the embedded record's bytes, valid or not. */
  public Optional<Fingerprint> fingerprint() {
    return recordBytes.map(Fingerprint::of);
  }

  /** Every embedded file, the record included. */
  public List<Attachment> attachments() {
    return contents.attachments();
  }

  public Optional<Attachment> attachment(String name) {
    return contents.attachment(name);
  }

  /** The text of all pages as text extraction finds it. */
  public String visibleText() {
    return contents.text();
  }

  public int pageCount() {
    return contents.pageCount();
  }

  /** {@value #RECORD}, {@value #RECORD_HASH} and {@value #VISIBLE_TEXT}, in that order. */
  public List<Check> checks() {
    return List.of(recordCheck(), hashCheck(), textCheck());
  }

  private Check recordCheck() {
    if (recordBytes.isEmpty()) {
      return Check.fail(RECORD, message("check.record.missing"));
    }
    if (record.isEmpty()) {
      return Check.fail(RECORD, message("check.record.invalid", recordProblems.get(0)));
    }
    CertificateRecord r = record.get();
    return Check.pass(
        RECORD, message("check.record.ok", r.units().size(), r.totalCredits(), r.code().value()));
  }

  private Check hashCheck() {
    Optional<Fingerprint> actual = fingerprint();
    if (actual.isEmpty()) {
      return Check.fail(RECORD_HASH, message("check.noRecord"));
    }
    String text = Normalizer.normalize(contents.text(), Normalizer.Form.NFC);
    Set<String> fingerprints = new LinkedHashSet<>();
    Matcher f = PRINTED_FINGERPRINT.matcher(text);
    while (f.find()) {
      fingerprints.add(f.group().replaceAll("\\s+", ""));
    }
    Set<String> codes = new LinkedHashSet<>();
    Matcher c = PRINTED_CODE.matcher(text);
    while (c.find()) {
      codes.add(c.group());
    }
    if (fingerprints.isEmpty() || codes.isEmpty()) {
      return Check.fail(RECORD_HASH, message("check.hash.notPrinted"));
    }
    for (String printed : fingerprints) {
      if (!printed.equals(actual.get().hex())) {
        return Check.fail(RECORD_HASH, message("check.hash.mismatch", printed, actual.get()));
      }
    }
    CertificateCode code = CertificateCode.of(actual.get());
    // A qualification certificate also prints the codes of the unit certificates it rests on.
    Set<String> listed = new java.util.HashSet<>();
    record
        .flatMap(CertificateRecord::qualification)
        .ifPresent(q -> q.unitCertificates().values().forEach(u -> listed.add(u.value())));
    for (String printed : codes) {
      if (!printed.equals(code.value()) && !listed.contains(printed)) {
        return Check.fail(RECORD_HASH, message("check.hash.codeMismatch", printed, code));
      }
    }
    return Check.pass(RECORD_HASH, message("check.hash.ok", code));
  }

  private Check textCheck() {
    if (record.isEmpty()) {
      return Check.fail(VISIBLE_TEXT, message("check.noRecord"));
    }
    CertificateRecord r = record.get();
    String page = compact(contents.text());
    List<String> expected = new ArrayList<>();
    expected.add(r.holder().name());
    expected.add(r.holder().dateOfBirth().toString());
    expected.add(r.programme());
    r.units().forEach(u -> expected.add(u.ref().code().value()));
    r.qualification()
        .ifPresent(
            q -> {
              expected.add(q.titleSv());
              expected.addAll(
                  q.unitCertificates().values().stream().map(CertificateCode::value).toList());
            });
    List<String> missing = new ArrayList<>();
    for (String item : expected) {
      if (!page.contains(compact(item))) {
        missing.add("\u201c" + item + "\u201d");
      }
    }
    if (!missing.isEmpty()) {
      return Check.fail(VISIBLE_TEXT, message("check.text.mismatch", String.join(", ", missing)));
    }
    return Check.pass(VISIBLE_TEXT, message("check.text.ok", r.units().size()));
  }

  /**
   * Text without whitespace, in NFC: lines broken anywhere (after a hyphen, inside a long word)
   * still match the record's text.
   */
  private static String compact(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
  }

  private static Message message(String key, Object... args) {
    return Message.of(CertificateDocument.class, key, args);
  }
}

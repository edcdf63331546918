package org.ocnkit.certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.pdf.Attachment;

/**
 * How to render one certificate.
 *
 * @param verificationBaseUrl where the QR code and the printed instruction point, such as {@code
 *     https://intyg.example.se/verify}; the link is {@code <base>/<code>#<fingerprint>}
 * @param created the PDF's creation date; when empty, the start of the issue date (UTC), so that
 *     rendering the same record twice gives the same bytes
 * @param attachments more files to embed next to {@code certificate.xml}, such as a
 *     transparency-log proof ({@code log-proof.txt}, relationship Supplement)
 * @param signatory the person responsible for the award, printed with their role
 */
public record RenderOptions(
    String verificationBaseUrl,
    Optional<Instant> created,
    List<Attachment> attachments,
    Optional<Signatory> signatory) {
  public RenderOptions {
    Objects.requireNonNull(signatory, "signatory");
    Objects.requireNonNull(verificationBaseUrl, "verificationBaseUrl");
    Objects.requireNonNull(created, "created");
    attachments = List.copyOf(attachments);
    if (!verificationBaseUrl.strip().matches("https?://\\S+")) {
      throw new IllegalArgumentException(
          "the verification base URL must be an http(s) URL, got " + verificationBaseUrl);
    }
    for (Attachment a : attachments) {
      if (a.name().equals(CertificateRecord.FILE_NAME)) {
        throw new IllegalArgumentException(
            CertificateRecord.FILE_NAME
                + " is the record's own attachment; it cannot be passed in");
      }
    }
  }

  /** Options with no signatory printed. */
  public RenderOptions(
      String verificationBaseUrl, Optional<Instant> created, List<Attachment> attachments) {
    this(verificationBaseUrl, created, attachments, Optional.empty());
  }

  /** Options with only the verification base URL. */
  public static RenderOptions of(String verificationBaseUrl) {
    return new RenderOptions(verificationBaseUrl, Optional.empty(), List.of());
  }

  public RenderOptions createdAt(Instant time) {
    return new RenderOptions(verificationBaseUrl, Optional.of(time), attachments, signatory);
  }

  /** These options with one more attachment. */
  public RenderOptions attach(Attachment attachment) {
    List<Attachment> more = new ArrayList<>(attachments);
    more.add(attachment);
    return new RenderOptions(verificationBaseUrl, created, more, signatory);
  }

  /** These options printing {@code who} as responsible for the award (or no one). */
  public RenderOptions withSignatory(Optional<Signatory> who) {
    return new RenderOptions(verificationBaseUrl, created, attachments, who);
  }
}

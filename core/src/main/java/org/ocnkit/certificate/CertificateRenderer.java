package org.ocnkit.certificate;

import java.util.Objects;
import org.ocnkit.InvalidInputException;
import org.ocnkit.certificate.internal.CertificateLayout;

/**
 * Makes the certificate PDF of a record: PDF/A-3b, bilingual (the record's main language first,
 * then the other), with the holder, the programme, the units with level and credits, the total, the
 * issuer, the short code, the full fingerprint and a QR code with the verification link. The
 * record's exact bytes are embedded as the associated file {@code certificate.xml} (relationship
 * Data, {@code application/xml}), so the PDF carries its own proof of content.
 *
 * <p>The PDF is not signed; signing is a separate, last step (an incremental update). Rendering the
 * same record with the same options gives the same bytes.
 */
public final class CertificateRenderer {
  private final CertificateTemplate template;

  public CertificateRenderer(CertificateTemplate template) {
    this.template = Objects.requireNonNull(template, "template");
  }

  /** A renderer with the template packaged in the ocnkit-core jar. */
  public static CertificateRenderer withPackagedTemplate() {
    return new CertificateRenderer(CertificateTemplate.packaged());
  }

  /**
   * The PDF of {@code record}.
   *
   * @throws InvalidInputException if a name or title holds a character the embedded fonts cannot
   *     show
   */
  public byte[] render(CertificateRecord record, RenderOptions options) {
    return CertificateLayout.render(template, record, record.toXml(), options);
  }
}

package org.ocnkit.pdf;

import java.util.Optional;

/**
 * How an embedded file relates to the PDF (PDF/A-3 and ISO 32000-2 {@code /AFRelationship}),
 * written as a PDF name, as validators require.
 */
public enum AfRelationship {
  /** The original content the PDF was made from. */
  SOURCE("Source"),
  /** Data the PDF's content presents, such as the certificate record. */
  DATA("Data"),
  /** An alternative representation of the content, such as audio. */
  ALTERNATIVE("Alternative"),
  /** Material that adds to the content, such as a transparency-log proof. */
  SUPPLEMENT("Supplement"),
  /** None of the above, or not known. */
  UNSPECIFIED("Unspecified");

  private final String pdfName;

  AfRelationship(String pdfName) {
    this.pdfName = pdfName;
  }

  /** The PDF name, without the slash: {@code Data}. */
  public String pdfName() {
    return pdfName;
  }

  /** The relationship a PDF name stands for. */
  public static Optional<AfRelationship> fromPdfName(String name) {
    for (AfRelationship r : values()) {
      if (r.pdfName.equals(name)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}

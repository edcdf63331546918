package org.ocnkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocnkit.pdf.internal.testing.ExtractedText;

/** What is printed is what a search, a screen reader or an applicant-tracking system reads. */
class ExtractedTextTest {
  private static final List<String> WORDS =
      List.of(
          "certificate",
          "Qualifications",
          "veriﬁed",
          "kvalificerad",
          "tjockflytande",
          "efficient",
          "affluent",
          "offline",
          "Griffin");

  private static byte[] document() {
    PdfaDocument.Builder b =
        PdfaDocument.builder(
            PdfaDocumentTest.info(Instant.parse("2026-06-01T10:15:30Z")), PageSetup.a4(56));
    for (FontFamily family : FontFamily.values()) {
      for (FontFace face : FontFace.values()) {
        b.add(Paragraph.of(String.join(" ", printed()), TextStyle.of(family, 11).withFace(face)));
      }
    }
    return b.build().render();
  }

  /** The words as printed: the one written with a ligature character is printed as "fi". */
  private static List<String> printed() {
    return WORDS.stream().map(w -> w.replace("ﬁ", "fi")).toList();
  }

  @Test
  void pdfboxExtractsEveryWordAsPrintedInEveryFontWithoutLigatures() {
    String text = ExtractedText.pdfbox(document());
    assertThat(ExtractedText.firstLigature(text)).isEmpty();
    String once = String.join(" ", printed());
    assertThat(text.strip().replaceAll("\\s+", " "))
        .isEqualTo(
            String.join(
                " ",
                java.util.Collections.nCopies(
                    FontFamily.values().length * FontFace.values().length, once)));
  }

  @Test
  void pdftotextExtractsEveryWordAsPrintedWithoutLigatures() {
    assumeTrue(
        ExtractedText.pdftotextInstalled(),
        "poppler's pdftotext is not installed (apt install poppler-utils; .ci/run installs it)");
    String text = ExtractedText.pdftotext(document()).orElseThrow();
    assertThat(ExtractedText.firstLigature(text)).isEmpty();
    for (String word : printed()) {
      assertThat(text.split(word, -1))
          .as(word)
          .hasSize(FontFamily.values().length * FontFace.values().length + 1);
    }
  }
}

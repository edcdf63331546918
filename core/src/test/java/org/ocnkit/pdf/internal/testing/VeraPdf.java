package org.ocnkit.pdf.internal.testing;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDF bytes against PDF/A-3b with veraPDF, the PDF Association's reference validator, and
 * lists every rule broken.
 */
public final class VeraPdf {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /** The rules {@code pdf} breaks as PDF/A-3b, one line each; empty when it conforms. */
  public static List<String> pdfa3bFailures(byte[] pdf) {
    PDFAFlavour flavour = PDFAFlavour.PDFA_3_B;
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      if (result.isCompliant()) {
        return List.of();
      }
      List<String> failures =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(
                  a ->
                      a.getRuleId().getClause()
                          + "-"
                          + a.getRuleId().getTestNumber()
                          + ": "
                          + a.getMessage()
                          + " ["
                          + a.getLocation().getContext()
                          + "]")
              .distinct()
              .collect(Collectors.toList());
      return failures.isEmpty()
          ? List.of("not compliant (no failed assertion reported)")
          : failures;
    } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
      return List.of("veraPDF cannot parse the file: " + e);
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF failed", e);
    }
  }
}

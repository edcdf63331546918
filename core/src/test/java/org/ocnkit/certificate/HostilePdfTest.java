package org.ocnkit.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * A corpus of hostile files, generated here with PDFBox's COS objects and plain bytes: each ends in
 * a clear verdict with a one-line reason, and the files after it are still verified.
 */
class HostilePdfTest {
  @TempDir static Path dir;

  private static Workspace ws;
  private static byte[] good;
  private static CertificateVerifier verifier;

  @BeforeAll
  static void issue() throws IOException {
    ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"));
    IssuingKeys keys = SampleRequests.createKeys(ws);
    good =
        Files.readAllBytes(
            CertificateIssuer.of(ws, keys)
                .issue("a", List.of(SampleRequests.request("Anna Berg", 2)))
                .certificates()
                .get(0)
                .file());
    verifier = new CertificateVerifier(VerificationOptions.forWorkspace(ws));
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  /** A one-page PDF whose catalog {@code edit} changes before it is saved. */
  private static byte[] pdf(Consumer<PDDocument> edit) {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      edit.accept(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static COSDictionary catalog(PDDocument d) {
    return d.getDocumentCatalog().getCOSObject();
  }

  /** An EmbeddedFiles name tree whose node lists itself among its kids. */
  private static byte[] selfReferencingNameTree() {
    return pdf(
        d -> {
          COSDictionary node = new COSDictionary();
          COSArray kids = new COSArray();
          kids.add(node);
          node.setItem(COSName.KIDS, kids);
          COSDictionary names = new COSDictionary();
          names.setItem(COSName.EMBEDDED_FILES, node);
          catalog(d).setItem(COSName.NAMES, names);
        });
  }

  /** A page tree whose root lists itself as a kid. */
  private static byte[] selfReferencingPageTree() {
    return pdf(
        d -> {
          COSDictionary pages = d.getPages().getCOSObject();
          COSArray kids = (COSArray) pages.getDictionaryObject(COSName.KIDS);
          kids.add(pages);
          pages.setInt(COSName.COUNT, 2);
        });
  }

  /** An embedded file of 64 MiB of zeros, deflated to some kilobytes. */
  private static byte[] decompressionBomb() {
    return pdf(
        d -> {
          try {
            COSStream stream = d.getDocument().createCOSStream();
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            stream.setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
            try (var out = stream.createRawOutputStream()) {
              out.write(deflatedZeros(64 << 20));
            }
            COSDictionary ef = new COSDictionary();
            ef.setItem(COSName.F, stream);
            COSDictionary spec = new COSDictionary();
            spec.setItem(COSName.TYPE, COSName.FILESPEC);
            spec.setString(COSName.F, "certificate.xml");
            spec.setItem(COSName.EF, ef);
            COSArray list = new COSArray();
            list.add(new COSString("certificate.xml"));
            list.add(spec);
            COSDictionary node = new COSDictionary();
            node.setItem(COSName.NAMES, list);
            COSDictionary names = new COSDictionary();
            names.setItem(COSName.EMBEDDED_FILES, node);
            catalog(d).setItem(COSName.NAMES, names);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static byte[] deflatedZeros(int size) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(new byte[size]);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  /** Arrays nested {@code depth} deep, written as bytes (PDFBox's writer would recurse). */
  private static byte[] deepNesting(int depth) {
    String nested = "[".repeat(depth) + "]".repeat(depth);
    String body =
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R /Deep 4 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >> endobj\n"
            + "4 0 obj "
            + nested
            + " endobj\n"
            + "trailer << /Root 1 0 R /Size 5 >>\n%%EOF\n";
    return body.getBytes(StandardCharsets.US_ASCII);
  }

  /** Wrong types in each dictionary the verifier reads. */
  private static Map<String, byte[]> wrongTypes() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("names-is-a-number", pdf(d -> catalog(d).setInt(COSName.NAMES, 7)));
    out.put(
        "embedded-files-is-an-array",
        pdf(
            d -> {
              COSDictionary names = new COSDictionary();
              names.setItem(COSName.EMBEDDED_FILES, new COSArray());
              catalog(d).setItem(COSName.NAMES, names);
            }));
    out.put(
        "name-tree-names-is-a-dictionary",
        pdf(
            d -> {
              COSDictionary node = new COSDictionary();
              node.setItem(COSName.NAMES, new COSDictionary());
              node.setItem(COSName.KIDS, COSInteger.get(3));
              COSDictionary names = new COSDictionary();
              names.setItem(COSName.EMBEDDED_FILES, node);
              catalog(d).setItem(COSName.NAMES, names);
            }));
    out.put(
        "filespec-ef-is-a-name",
        pdf(
            d -> {
              COSDictionary spec = new COSDictionary();
              spec.setItem(COSName.EF, COSName.A);
              COSArray list = new COSArray();
              list.add(new COSString("certificate.xml"));
              list.add(spec);
              COSDictionary node = new COSDictionary();
              node.setItem(COSName.NAMES, list);
              COSDictionary names = new COSDictionary();
              names.setItem(COSName.EMBEDDED_FILES, node);
              catalog(d).setItem(COSName.NAMES, names);
            }));
    out.put("af-is-a-string", pdf(d -> catalog(d).setItem(COSName.AF, new COSString("x"))));
    out.put(
        "page-contents-is-a-number",
        pdf(d -> d.getPage(0).getCOSObject().setInt(COSName.CONTENTS, 5)));
    out.put(
        "acroform-fields-is-a-string",
        pdf(
            d -> {
              COSDictionary form = new COSDictionary();
              form.setItem(COSName.FIELDS, new COSString("x"));
              catalog(d).setItem(COSName.ACRO_FORM, form);
            }));
    out.put(
        "signature-field-v-is-a-number",
        pdf(
            d -> {
              COSDictionary field = new COSDictionary();
              field.setItem(COSName.FT, COSName.SIG);
              field.setInt(COSName.V, 1);
              COSArray fields = new COSArray();
              fields.add(field);
              COSDictionary form = new COSDictionary();
              form.setItem(COSName.FIELDS, fields);
              catalog(d).setItem(COSName.ACRO_FORM, form);
            }));
    return out;
  }

  @Test
  void everyHostileFileEndsInAClearVerdictAndTheNextFileIsStillVerified() {
    Map<String, byte[]> corpus = new LinkedHashMap<>();
    corpus.put("self-referencing-name-tree", selfReferencingNameTree());
    corpus.put("self-referencing-page-tree", selfReferencingPageTree());
    corpus.put("decompression-bomb", decompressionBomb());
    corpus.put("deep-nesting", deepNesting(200_000));
    corpus.put("truncated-certificate", Arrays.copyOf(good, good.length / 2));
    corpus.put("truncated-header", Arrays.copyOf(good, 9));
    corpus.putAll(wrongTypes());
    List<String> reasons = new ArrayList<>();
    for (Map.Entry<String, byte[]> hostile : corpus.entrySet()) {
      VerificationResult r = verifier.verify(hostile.getKey(), hostile.getValue());
      assertThat(r.verdict())
          .as(r.toString())
          .isIn(VerificationResult.Verdict.NOT_A_CERTIFICATE, VerificationResult.Verdict.INVALID);
      assertThat(r.valid()).isFalse();
      for (VerificationCheck c : r.checks()) {
        assertThat(c.reason().format(java.util.Locale.ROOT))
            .as(hostile.getKey())
            .doesNotContain("\n")
            .doesNotContain("\tat ");
      }
      reasons.add(hostile.getKey() + ": " + r.checks().get(r.checks().size() - 1));
      VerificationResult next = verifier.verify("good.pdf", good);
      assertThat(next.verdict())
          .as(hostile.getKey() + " then " + next)
          .isEqualTo(VerificationResult.Verdict.VALID);
    }
    assertThat(reasons).hasSize(corpus.size());
  }

  @Test
  void theBombAndTheLoopsAreNamed() {
    assertThat(record(verifier.verify("bomb", decompressionBomb())))
        .contains("decodes to more than");
    assertThat(record(verifier.verify("loop", selfReferencingNameTree())))
        .contains("refers back to itself");
  }

  private static String record(VerificationResult r) {
    return r.check(CertificateDocument.RECORD).orElseThrow().reason().format(java.util.Locale.ROOT);
  }
}

package org.ocnkit.pdf;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/**
 * What a PDF holds, read once: the text of each page (as PDFBox's text extraction finds it) and the
 * embedded files. Works on any PDF, not only ones ocnkit wrote, and on signed files (an incremental
 * update does not hide the original content).
 */
public final class PdfContents {
  /** The most pages read. */
  public static final int MAX_PAGES = 100;

  /** The deepest EmbeddedFiles name tree walked. */
  public static final int MAX_TREE_DEPTH = 16;

  /** The most embedded files read. */
  public static final int MAX_ATTACHMENTS = 64;

  private final List<String> pageTexts;
  private final List<Attachment> attachments;
  private final List<String> associatedFiles;

  private PdfContents(
      List<String> pageTexts, List<Attachment> attachments, List<String> associatedFiles) {
    this.pageTexts = List.copyOf(pageTexts);
    this.attachments = List.copyOf(attachments);
    this.associatedFiles = List.copyOf(associatedFiles);
  }

  /**
   * Reads {@code pdf}.
   *
   * @param source how the user names the file, used in problems
   * @throws InvalidInputException if the bytes are not a readable, unencrypted PDF
   */
  public static PdfContents read(String source, byte[] pdf) {
    return read(source, pdf, true);
  }

  /**
   * Reads only the embedded files of {@code pdf}, not the page text: for a caller that looks for an
   * attachment in many files. {@link #pageTexts()} is then empty and {@link #pageCount()} 0.
   *
   * @throws InvalidInputException if the bytes are not a readable, unencrypted PDF
   */
  public static PdfContents readAttachments(String source, byte[] pdf) {
    return read(source, pdf, false);
  }

  /**
   * Reads the pages and embedded files of a PDF already parsed for another reader (see {@link
   * ParsedPdf}); the same as {@link #read(String, byte[])} on its bytes.
   *
   * @throws InvalidInputException if the PDF is encrypted or holds more than the limits allow
   */
  public static PdfContents read(String source, ParsedPdf pdf) {
    try {
      return contents(source, pdf.document(), true);
    } catch (IOException e) {
      throw notPdf(source, e);
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw malformed(source, e);
    }
  }

  private static PdfContents read(String source, byte[] pdf, boolean withText) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return contents(source, document, withText);
    } catch (IOException e) {
      throw notPdf(source, e);
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw malformed(source, e);
    }
  }

  private static PdfContents contents(String source, PDDocument document, boolean withText)
      throws IOException {
    if (document.isEncrypted()) {
      throw new InvalidInputException(Message.of(PdfContents.class, "read.encrypted", source));
    }
    org.ocnkit.pdf.internal.PdfBounds.check(document.getDocument(), source);
    if (document.getNumberOfPages() > MAX_PAGES) {
      throw new InvalidInputException(
          Message.of(
              PdfContents.class,
              "read.tooManyPages",
              source,
              String.valueOf(document.getNumberOfPages()),
              String.valueOf(MAX_PAGES)));
    }
    PDFTextStripper stripper = new PDFTextStripper();
    List<String> texts = new ArrayList<>();
    for (int p = 1; withText && p <= document.getNumberOfPages(); p++) {
      stripper.setStartPage(p);
      stripper.setEndPage(p);
      texts.add(stripper.getText(document));
    }
    return new PdfContents(texts, embeddedFiles(document), associatedFileNames(document));
  }

  private static InvalidInputException notPdf(String source, IOException e) {
    return new InvalidInputException(
        Message.of(PdfContents.class, "read.notPdf", source, String.valueOf(e.getMessage())));
  }

  /**
   * Hostile structure PDFBox did not expect (a wrong type, a loop, nesting too deep): one line that
   * says so, never a trace.
   */
  private static InvalidInputException malformed(String source, Throwable e) {
    return new InvalidInputException(
        Message.of(PdfContents.class, "read.malformed", source, e.getClass().getSimpleName()));
  }

  public int pageCount() {
    return pageTexts.size();
  }

  /** The text of each page, in page order. */
  public List<String> pageTexts() {
    return pageTexts;
  }

  /** The text of all pages, joined. */
  public String text() {
    return String.join("", pageTexts);
  }

  /** The embedded files, in the order of the EmbeddedFiles name tree (sorted by name). */
  public List<Attachment> attachments() {
    return attachments;
  }

  /** The embedded file named {@code name}, if any. */
  public Optional<Attachment> attachment(String name) {
    return attachments.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /**
   * The names of the files in the catalog's {@code /AF} array (the document's associated files).
   */
  public List<String> associatedFiles() {
    return associatedFiles;
  }

  private static List<Attachment> embeddedFiles(PDDocument document) throws IOException {
    List<Attachment> out = new ArrayList<>();
    PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
    if (names == null || names.getEmbeddedFiles() == null) {
      return out;
    }
    collect(
        names.getEmbeddedFiles(),
        out,
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()),
        0);
    return out;
  }

  /** Walks the name tree once: a node seen before, or one too deep, is malformed. */
  private static void collect(
      PDNameTreeNode<PDComplexFileSpecification> node,
      List<Attachment> out,
      java.util.Set<COSDictionary> seen,
      int depth)
      throws IOException {
    if (depth > MAX_TREE_DEPTH || !seen.add(node.getCOSObject())) {
      throw new InvalidInputException(
          Message.of(PdfContents.class, "read.nameTreeLoop", String.valueOf(MAX_TREE_DEPTH)));
    }
    Map<String, PDComplexFileSpecification> entries = node.getNames();
    if (entries != null) {
      for (Map.Entry<String, PDComplexFileSpecification> e : entries.entrySet()) {
        if (out.size() >= MAX_ATTACHMENTS) {
          throw new InvalidInputException(
              Message.of(
                  PdfContents.class, "read.tooManyAttachments", String.valueOf(MAX_ATTACHMENTS)));
        }
        toAttachment(e.getKey(), e.getValue()).ifPresent(out::add);
      }
    }
    List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
    if (kids != null) {
      for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
        collect(kid, out, seen, depth + 1);
      }
    }
  }

  private static Optional<Attachment> toAttachment(String key, PDComplexFileSpecification spec)
      throws IOException {
    PDEmbeddedFile file =
        spec.getEmbeddedFileUnicode() != null
            ? spec.getEmbeddedFileUnicode()
            : spec.getEmbeddedFile();
    if (file == null) {
      return Optional.empty();
    }
    String name =
        spec.getFileUnicode() != null
            ? spec.getFileUnicode()
            : spec.getFilename() != null ? spec.getFilename() : key;
    String mime = file.getSubtype() != null ? file.getSubtype() : "application/octet-stream";
    COSBase relationship = spec.getCOSObject().getDictionaryObject(COSName.AF_RELATIONSHIP);
    AfRelationship rel =
        relationship instanceof COSName n
            ? AfRelationship.fromPdfName(n.getName()).orElse(AfRelationship.UNSPECIFIED)
            : AfRelationship.UNSPECIFIED;
    Calendar modified = file.getModDate();
    Instant when = modified == null ? Instant.EPOCH : modified.toInstant();
    String description = spec.getFileDescription() == null ? "" : spec.getFileDescription();
    String safeName =
        name.isBlank() || name.contains("/") || name.contains("\\")
            ? key.replace('/', '_').replace('\\', '_')
            : name;
    String safeMime =
        mime.matches("[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*")
            ? mime
            : "application/octet-stream";
    return Optional.of(
        new Attachment(safeName, safeMime, rel, description, file.toByteArray(), when));
  }

  private static List<String> associatedFileNames(PDDocument document) {
    List<String> out = new ArrayList<>();
    COSArray af = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
    if (af == null) {
      return out;
    }
    for (int i = 0; i < af.size(); i++) {
      COSBase item = af.get(i);
      COSBase spec = item instanceof COSObject o ? o.getObject() : item;
      if (spec instanceof COSDictionary d) {
        PDComplexFileSpecification fs = new PDComplexFileSpecification(d);
        out.add(fs.getFileUnicode() != null ? fs.getFileUnicode() : fs.getFilename());
      }
    }
    return out;
  }
}

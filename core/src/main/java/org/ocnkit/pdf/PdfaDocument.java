package org.ocnkit.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.pdf.internal.FontBook;
import org.ocnkit.pdf.internal.PdfaWriter;

/**
 * A document to be written as PDF/A-3b: a flow of {@link Block blocks} on pages of one {@link
 * PageSetup}, optional running header and footer lines, and attachments.
 *
 * <p>{@link #render()} guarantees a file that veraPDF accepts as PDF/A-3b (ISO 19005-3 level B: the
 * look is preserved for archiving; it is not a tagged, accessible PDF/A-3a). Every font is embedded
 * as a subset of DejaVu; colours are sRGB with an sRGB output intent; the XMP metadata agrees with
 * the information dictionary; attachments are PDF/A-3 associated files. The output is
 * deterministic: equal documents (with the same {@link DocumentInfo#created()} time) give equal
 * bytes, and the document ID is derived from the content.
 */
public final class PdfaDocument {
  private final DocumentInfo info;
  private final PageSetup page;
  private final Optional<PageBand> header;
  private final Optional<PageBand> footer;
  private final List<Block> blocks;
  private final List<Attachment> attachments;

  private PdfaDocument(Builder b) {
    this.info = b.info;
    this.page = b.page;
    this.header = b.header;
    this.footer = b.footer;
    this.blocks = List.copyOf(b.blocks);
    this.attachments = List.copyOf(b.attachments);
  }

  public static Builder builder(DocumentInfo info, PageSetup page) {
    return new Builder(info, page);
  }

  public DocumentInfo info() {
    return info;
  }

  public PageSetup page() {
    return page;
  }

  public Optional<PageBand> header() {
    return header;
  }

  public Optional<PageBand> footer() {
    return footer;
  }

  public List<Block> blocks() {
    return blocks;
  }

  public List<Attachment> attachments() {
    return attachments;
  }

  /**
   * Lays the document out and writes it.
   *
   * @return the bytes of a PDF/A-3b file
   * @throws InvalidInputException if text holds a character the embedded fonts have no glyph for
   *     (such as Chinese or emoji): the message names the character and the text
   * @throws IllegalStateException if an image, QR code or column row is taller than a page
   */
  public byte[] render() {
    try {
      return PdfaWriter.write(this);
    } catch (FontBook.MissingGlyphException e) {
      String character = new String(Character.toChars(e.codePoint()));
      throw new InvalidInputException(
          Message.of(
              PdfaDocument.class,
              "glyph.missing",
              e.text(),
              character,
              FontBook.MissingGlyphException.hex(e.codePoint()),
              e.font()));
    }
  }

  /** Collects the parts of a document. */
  public static final class Builder {
    private final DocumentInfo info;
    private final PageSetup page;
    private Optional<PageBand> header = Optional.empty();
    private Optional<PageBand> footer = Optional.empty();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();

    private Builder(DocumentInfo info, PageSetup page) {
      this.info = Objects.requireNonNull(info, "info");
      this.page = Objects.requireNonNull(page, "page");
    }

    /** A line at the top of pages, inside the top margin's edge of the body. */
    public Builder header(PageBand band) {
      this.header = Optional.of(band);
      return this;
    }

    /** A line at the bottom of pages, such as "page 2 of 3". */
    public Builder footer(PageBand band) {
      this.footer = Optional.of(band);
      return this;
    }

    public Builder add(Block... more) {
      blocks.addAll(Arrays.asList(more));
      return this;
    }

    public Builder addAll(List<? extends Block> more) {
      blocks.addAll(more);
      return this;
    }

    /** Embeds {@code attachment} as an associated file; names must be unique. */
    public Builder attach(Attachment attachment) {
      attachments.add(Objects.requireNonNull(attachment, "attachment"));
      return this;
    }

    public PdfaDocument build() {
      Set<String> names = new HashSet<>();
      for (Attachment a : attachments) {
        if (!names.add(a.name())) {
          throw new IllegalStateException("two attachments are named " + a.name());
        }
      }
      return new PdfaDocument(this);
    }
  }
}

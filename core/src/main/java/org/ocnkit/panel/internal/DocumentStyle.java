package org.ocnkit.panel.internal;

import java.util.Locale;
import java.util.Optional;
import org.ocnkit.Message;
import org.ocnkit.panel.Panel;
import org.ocnkit.pdf.Block;
import org.ocnkit.pdf.FontFace;
import org.ocnkit.pdf.FontFamily;
import org.ocnkit.pdf.PageSetup;
import org.ocnkit.pdf.Paragraph;
import org.ocnkit.pdf.Rgb;
import org.ocnkit.pdf.Span;
import org.ocnkit.pdf.Table;
import org.ocnkit.pdf.TextStyle;

/**
 * The look the panel's documents share (minutes and reading copies), in the colours of the
 * certificate template, and their texts from the panel package's bundle.
 */
final class DocumentStyle {
  static final Rgb ACCENT = Rgb.parse("#1f4e79");
  static final Rgb TEXT = Rgb.parse("#1b1f24");
  static final Rgb MUTED = Rgb.parse("#5f6b7a");
  static final Rgb RULE = Rgb.parse("#c5d0dc");
  static final Rgb TABLE_HEADER = Rgb.parse("#e9eff6");

  private final Locale locale;

  DocumentStyle(Locale locale) {
    this.locale = locale;
  }

  /** The text of {@code key} in the document's language. */
  String text(String key, Object... args) {
    return Message.of(Panel.class, key, args).format(locale);
  }

  Locale locale() {
    return locale;
  }

  static PageSetup page() {
    return PageSetup.a4(56);
  }

  static TextStyle body() {
    return new TextStyle(FontFamily.SANS, FontFace.REGULAR, 9.5f, TEXT);
  }

  static TextStyle small() {
    return new TextStyle(FontFamily.SANS, FontFace.REGULAR, 8, MUTED);
  }

  static TextStyle band() {
    return new TextStyle(FontFamily.SANS, FontFace.REGULAR, 6.5f, MUTED);
  }

  static TextStyle mono() {
    return new TextStyle(FontFamily.MONO, FontFace.REGULAR, 8, TEXT);
  }

  static TextStyle title() {
    return new TextStyle(FontFamily.SERIF, FontFace.BOLD, 18, ACCENT);
  }

  static TextStyle heading() {
    return new TextStyle(FontFamily.SANS, FontFace.BOLD, 11.5f, ACCENT);
  }

  static TextStyle subheading() {
    return new TextStyle(FontFamily.SANS, FontFace.BOLD, 10, TEXT);
  }

  static Table.Style table() {
    return new Table.Style(4, RULE, 0.5f, Optional.of(TABLE_HEADER), Optional.empty());
  }

  /** A table without header background: label and value pairs. */
  static Table.Style facts() {
    return new Table.Style(3, RULE, 0.5f, Optional.empty(), Optional.empty());
  }

  static Table.Cell cell(String text, TextStyle style) {
    return Table.Cell.of(text, style);
  }

  static Table.Cell head(String text) {
    return Table.Cell.of(text, body().bold());
  }

  /** "Label: value" with the label muted. */
  static Block labelled(String label, String value, TextStyle valueStyle) {
    return Paragraph.of(new Span(label + ": ", small()), new Span(value, valueStyle));
  }
}

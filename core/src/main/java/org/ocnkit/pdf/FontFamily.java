package org.ocnkit.pdf;

import java.util.Locale;
import java.util.Optional;

/**
 * The type families a document can use: the DejaVu fonts, which cover Latin (including Vietnamese,
 * Turkish and Polish), Greek and Cyrillic. Every font used is embedded (as a subset), as PDF/A
 * requires.
 */
public enum FontFamily {
  /** DejaVu Sans: clean, very readable at small sizes. */
  SANS("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
  /** DejaVu Serif: formal, for titles and names. */
  SERIF("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
  /** DejaVu Sans Mono: for hashes and codes, where every character must be told apart. */
  MONO(
      "DejaVuSansMono",
      "DejaVuSansMono-Bold",
      "DejaVuSansMono-Oblique",
      "DejaVuSansMono-BoldOblique");

  private final String[] files;

  FontFamily(String... files) {
    this.files = files;
  }

  /** The file name (without {@code .ttf}) of {@code face} in the jasperreports-fonts artifact. */
  public String fileName(FontFace face) {
    return files[face.ordinal()];
  }

  /** {@code sans}, {@code serif} or {@code mono}, as written in layout files. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The family a layout file names, such as {@code serif}. */
  public static Optional<FontFamily> fromCode(String code) {
    for (FontFamily family : values()) {
      if (family.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(family);
      }
    }
    return Optional.empty();
  }
}

package org.ocnkit.pdf;

/** Weight and slant within a {@link FontFamily}. */
public enum FontFace {
  REGULAR,
  BOLD,
  ITALIC,
  BOLD_ITALIC
}

package org.ocnkit.pdf;

/** Horizontal alignment of text or of an image within the space it is given. */
public enum Align {
  LEFT,
  CENTER,
  RIGHT
}

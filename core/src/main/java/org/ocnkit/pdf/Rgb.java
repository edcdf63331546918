package org.ocnkit.pdf;

import java.util.Locale;
import java.util.regex.Pattern;

/** A colour in the document's sRGB space, each channel 0-255. */
public record Rgb(int red, int green, int blue) {
  private static final Pattern HEX = Pattern.compile("#?[0-9a-fA-F]{6}");

  public static final Rgb BLACK = new Rgb(0, 0, 0);
  public static final Rgb WHITE = new Rgb(255, 255, 255);

  public Rgb {
    check(red, "red");
    check(green, "green");
    check(blue, "blue");
  }

  /** Whether {@code text} is a colour {@link #parse} accepts. */
  public static boolean isValid(String text) {
    return text != null && HEX.matcher(text.trim()).matches();
  }

  /**
   * Parses {@code #RRGGBB} (the {@code #} is optional), as in CSS.
   *
   * @throws IllegalArgumentException if {@code text} is not such a colour
   */
  public static Rgb parse(String text) {
    if (!isValid(text)) {
      throw new IllegalArgumentException("a colour is #RRGGBB in hex digits, got " + text);
    }
    String hex = text.trim();
    int value = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
    return new Rgb((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
  }

  /** The channel values as fractions 0-1, as PDF operators take them. */
  public float[] components() {
    return new float[] {red / 255f, green / 255f, blue / 255f};
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
  }

  private static void check(int channel, String name) {
    if (channel < 0 || channel > 255) {
      throw new IllegalArgumentException(name + " must be 0-255, got " + channel);
    }
  }
}

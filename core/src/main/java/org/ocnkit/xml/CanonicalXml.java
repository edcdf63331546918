package org.ocnkit.xml;

/**
 * The escaping of the canonical XML forms whose SHA-256 is an identity: unit versions,
 * qualification versions and certificate records. One place, because these bytes decide hashes that
 * panels approved and certificates carry: they must never change.
 */
public final class CanonicalXml {
  private CanonicalXml() {}

  /**
   * {@code text} escaped for element content and double-quoted attribute values: {@code &}, {@code
   * <}, {@code >} and {@code "} as entities, everything else as it is.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

package org.ocnkit.server;

import java.util.List;
import java.util.Objects;

/**
 * What every page's frame needs: the texts in the visitor's language, the title, the way back to
 * the site's root (absolute on the server, relative on a static site), the link that switches
 * language, the script files the page loads (no inline script), and whether a live server answers
 * ({@code ocn serve}) or the page is a static file ({@code ocn site publish}).
 */
public record Page(
    Texts t, String title, String root, String switchHref, List<String> scripts, boolean live) {
  public Page {
    Objects.requireNonNull(t, "t");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(switchHref, "switchHref");
    scripts = List.copyOf(scripts);
  }
}

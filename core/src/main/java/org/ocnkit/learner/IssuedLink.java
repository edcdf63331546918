package org.ocnkit.learner;

import java.util.Objects;

/**
 * A link just created: what is stored, and its secret, which exists only here. Print the link once
 * and hand it over; it cannot be shown again.
 */
public record IssuedLink(SupervisorLink link, LinkSecret secret) {
  public IssuedLink {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(secret, "secret");
  }

  /** The full link under {@code baseUrl} (the server's public address, ending in {@code /}). */
  public String url(String baseUrl) {
    return SupervisorLinks.url(baseUrl, secret);
  }
}

package org.ocnkit.moderation;

import java.time.Instant;
import java.util.Objects;
import org.ocnkit.learner.Code;

/**
 * An internal moderator ("intern kvalitetssäkrare"): an assessor of the workspace designated to
 * moderate. Known by the assessor's code, the same code evidence uses for the people who record,
 * judge and sign off, so that nobody moderates their own assessments.
 *
 * @param qualified whether they are a qualified assessor now; only then may they moderate
 */
public record Moderator(long id, Code code, String name, Instant designatedAt, boolean qualified) {
  public Moderator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(designatedAt, "designatedAt");
  }
}

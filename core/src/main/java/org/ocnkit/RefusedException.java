package org.ocnkit;

import java.util.List;

/**
 * The request was understood but a rule of the OCN method forbids it: a decision without quorum, an
 * enrolment on a unit that is not approved, a sign-off with criteria still missing. The problems
 * name the rule. Exit code 1.
 */
public final class RefusedException extends OcnkitException {
  private static final long serialVersionUID = 1L;

  public RefusedException(List<Problem> problems) {
    super(problems, null);
  }

  public RefusedException(Message message) {
    super(List.of(new Problem("", message)), null);
  }
}

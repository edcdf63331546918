package org.ocnkit.report;

import java.sql.SQLException;
import org.ocnkit.learner.Erasure;
import org.ocnkit.store.Tx;

/**
 * The reports' records within another package's transaction (the transaction-level API of the
 * report package): for the erasure of an apprentice's personal data, which runs every package's
 * redaction in one transaction. Front ends use {@link ReportService} ({@code Ocnkit.reports()})
 * instead.
 */
public final class ReportRecords {
  private ReportRecords() {}

  /**
   * Redacts the name of an apprentice just erased ({@link org.ocnkit.learner.Apprentices#erase})
   * from the reasons their outcomes were corrected, in the caller's transaction. The outcomes stay:
   * funders count them by the pseudonymous id.
   *
   * @return how many reasons changed
   */
  public static int redact(Tx tx, Erasure erasure) throws SQLException {
    return Outcomes.redact(tx, erasure);
  }
}

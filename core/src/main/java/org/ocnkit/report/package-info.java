/**
 * Reports for funders, coordinators and participants (DESIGN §1, §4): {@link
 * org.ocnkit.report.Outcomes outcomes} at exit and at the follow-up points; the funders' {@link
 * org.ocnkit.report.Indicators indicators} by gender, age band at entry, country of birth and
 * disability, with small counts suppressed; the coordinator's {@link
 * org.ocnkit.report.ProgressWorkbook progress workbook}; and the participant's {@link
 * org.ocnkit.report.MeritPortfolio merit portfolio}. The top layer: it reads every package below
 * and is read by none.
 *
 * <p>As a library: {@link org.ocnkit.report.ReportService} is this package's object bound to an
 * open workspace ({@code Ocnkit.reports()}), one transaction per method; the static classes here
 * remain for the command line and will move behind it.
 */
package org.ocnkit.report;

/**
 * Evidence of what apprentices can do, and the units they achieve (DESIGN §3 "Evidence"): {@link
 * org.ocnkit.evidence.EvidenceRecords evidence items} recorded by supervisors and assessors, each
 * covering one or more criteria; the qualified assessor's {@link
 * org.ocnkit.evidence.EvidenceRecords#signOff sign-off}, which judges every criterion an item
 * covers and locks it; corrections as new items that supersede old ones; {@link
 * org.ocnkit.evidence.Progress progress} per criterion; {@link org.ocnkit.evidence.Achievements
 * achieved units}; the {@link org.ocnkit.evidence.SupervisorWorkbook supervisor workbook} (xlsx out
 * and back in, all or nothing); and the {@link org.ocnkit.evidence.ApprenticeErasure erasure} of an
 * apprentice's personal data, which also redacts their name from evidence text.
 *
 * <p>What a supervisor records or claims is kept apart from what an assessor judges: a claim
 * ("met", "not yet") is part of the record; only a qualified assessor's sign-off makes a criterion
 * met.
 *
 * <p>As a library: {@link org.ocnkit.evidence.EvidenceService} is this package's object bound to an
 * open workspace ({@code Ocnkit.evidence()}), one transaction per method; the static classes here
 * remain for the command line and will move behind it.
 */
package org.ocnkit.evidence;

/**
 * The people of a programme: {@link org.ocnkit.learner.Apprentices apprentices} (participants,
 * known everywhere else by a pseudonymous {@link org.ocnkit.learner.ApprenticeId id}), {@link
 * org.ocnkit.learner.Placements placements} with their supervisors, {@link
 * org.ocnkit.learner.Assessors assessors}, and {@link org.ocnkit.learner.Enrolments enrolments} of
 * an apprentice on an approved unit version at a placement.
 *
 * <p>Personal data stays minimal (DESIGN §4): name and birth date in a table of their own, the
 * personal identity number only as a keyed hash, disability in a restricted table read only by
 * aggregate reports. Erasure clears all of it and keeps the id, the funders' categories and the
 * evidence chain.
 *
 * <p>As a library: {@link org.ocnkit.learner.ApprenticeService} is this package's object bound to
 * an open workspace ({@code Ocnkit.apprentices()}) (with {@link
 * org.ocnkit.learner.AssessorService}, {@link org.ocnkit.learner.PlacementService} and {@link
 * org.ocnkit.learner.EnrolmentService}), one transaction per method; the static classes here remain
 * for the command line and will move behind it.
 */
package org.ocnkit.learner;

/**
 * Internal moderation (DESIGN §3): {@link org.ocnkit.moderation.ModerationPlans sample plans} drawn
 * reproducibly over the assessors' sign-offs of a period by the {@link
 * org.ocnkit.moderation.SampleDraw CAMERA sampling rules} (every new assessor's first sign-offs, a
 * share of the rest, at least one per assessor, unit, method and site), each sampled assessment
 * with its reasons; {@link org.ocnkit.moderation.Moderators moderators}; the moderator's {@link
 * org.ocnkit.moderation.ModerationRecords outcomes} (a rejection reopens the enrolment for the
 * assessor); the {@link org.ocnkit.moderation.ModerationReport xlsx report}; and each enrolment's
 * {@link org.ocnkit.moderation.Readiness}, the answer certificates ask before listing a unit.
 *
 * <p>Nobody moderates their own assessments; a plan never changes another plan's decision; every
 * plan and outcome is an audit event with its actor.
 *
 * <p>As a library: {@link org.ocnkit.moderation.ModerationService} is this package's object bound
 * to an open workspace ({@code Ocnkit.moderation()}), one transaction per method; the static
 * classes here remain for the command line and will move behind it.
 */
package org.ocnkit.moderation;

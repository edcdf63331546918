/**
 * ocnkit as a library: {@link org.ocnkit.api.Ocnkit} opens (or creates) a workspace and hands out
 * one object per concept, each bound to it and of the same shape (domain types in and out, one
 * transaction per method, the actor first on every change, only {@link org.ocnkit.OcnkitException}s
 * with Swedish and English messages):
 *
 * <ul>
 *   <li>{@link org.ocnkit.unit.UnitService units()} and {@link
 *       org.ocnkit.qualification.QualificationService qualifications()};
 *   <li>{@link org.ocnkit.panel.Panel panel()} and {@link org.ocnkit.panel.QualificationPanel
 *       qualificationPanel()};
 *   <li>{@link org.ocnkit.learner.ApprenticeService apprentices()}, {@link
 *       org.ocnkit.learner.AssessorService assessors()}, {@link org.ocnkit.learner.PlacementService
 *       placements()}, {@link org.ocnkit.learner.EnrolmentService enrolments()};
 *   <li>{@link org.ocnkit.evidence.EvidenceService evidence()}, {@link
 *       org.ocnkit.moderation.ModerationService moderation()};
 *   <li>{@link org.ocnkit.certificate.CertificateService certificates()}, {@link
 *       org.ocnkit.report.ReportService reports()}, {@link org.ocnkit.store.AuditService audit()}.
 * </ul>
 *
 * <p>The top layer: it may use every package, and none uses it. The README's "Using ocnkit as a
 * library" shows the whole chain; {@code LibraryExampleTest} runs that same code.
 */
package org.ocnkit.api;

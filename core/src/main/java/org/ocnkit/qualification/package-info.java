/**
 * Qualifications (awards, "utbildningsbevis"): course units combined under rules of combination, at
 * an EQF level; their XML files, validation, canonical content hash, and the evaluation of the
 * rules against the units a participant has achieved, which is a pure function.
 *
 * <p>As a library: {@link org.ocnkit.qualification.QualificationService} is this package's object
 * bound to an open workspace ({@code Ocnkit.qualifications()}), one transaction per method; the
 * static classes here remain for the command line and will move behind it.
 */
package org.ocnkit.qualification;

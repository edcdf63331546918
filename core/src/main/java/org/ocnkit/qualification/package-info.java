/**
 * Qualifications (awards, "utbildningsbevis"): course units combined under rules of combination,
 * at an EQF level; their XML files, validation, canonical content hash, and the evaluation of the
 * rules against the units a participant has achieved, which is a pure function.
 */
package org.ocnkit.qualification;

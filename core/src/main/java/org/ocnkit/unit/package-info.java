/**
 * Course units ("kursenheter"): learning outcomes with assessment criteria at an EQF level, with
 * a credit value; their XML files, validation, canonical content hash and the EQF reference data.
 * Everything here is pure: no database, no clock.
 */
package org.ocnkit.unit;

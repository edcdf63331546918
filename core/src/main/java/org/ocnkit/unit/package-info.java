/**
 * Course units ("kursenheter"): learning outcomes with assessment criteria at an EQF level, with a
 * credit value; their XML files, validation, canonical content hash and the EQF reference data.
 * Everything here is pure: no database, no clock.
 *
 * <p>As a library: {@link org.ocnkit.unit.UnitService} is this package's object bound to an open
 * workspace ({@code Ocnkit.units()}), one transaction per method; the static classes here remain
 * for the command line and will move behind it.
 */
package org.ocnkit.unit;

/**
 * Caps on the files users hand to ocnkit (xlsx workbooks, CSV rosters, images), checked before any
 * parser sees them, so a hostile or broken file is refused with a message naming the file and
 * the limit instead of exhausting memory. The lowest layer: uses nothing else in ocnkit.
 */
package org.ocnkit.input;

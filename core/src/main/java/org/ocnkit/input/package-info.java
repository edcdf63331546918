/**
 * Checks on what users hand to ocnkit. {@link org.ocnkit.input.InputLimits}: caps on files (xlsx
 * workbooks, CSV rosters, images), checked before any parser sees them, so a hostile or broken file
 * is refused with a message naming the file and the limit instead of exhausting memory. {@link
 * org.ocnkit.input.DateRules}: the rules every date keeps (not in the future, not before 2000, not
 * absurdly far ahead, not before an earlier date), whose refusals each package words in its own
 * bundle. The lowest layer: uses nothing else in ocnkit but its messages.
 */
package org.ocnkit.input;

/**
 * The right to erasure across every record (DESIGN §4): {@link
 * org.ocnkit.erasure.PersonalDataErasure} clears an apprentice's identity and redacts their name
 * from the free text each package keeps about them, in one transaction. The top layer: it calls
 * every package that holds such text, and none calls it.
 */
package org.ocnkit.erasure;

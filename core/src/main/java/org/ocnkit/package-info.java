/**
 * Vocabulary shared by every ocnkit package: localized {@link org.ocnkit.Message messages}, {@link
 * org.ocnkit.Problem problems} with their location, and the three kinds of user-facing failure
 * that front ends map to exit codes.
 */
package org.ocnkit;

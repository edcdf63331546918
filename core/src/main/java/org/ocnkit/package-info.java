/**
 * Vocabulary shared by every ocnkit package: localized {@link org.ocnkit.Message messages}, {@link
 * org.ocnkit.Problem problems} with their location, and the three kinds of user-facing failure that
 * front ends map to exit codes.
 *
 * <p>To call ocnkit as a library, start at {@code org.ocnkit.api.Ocnkit}: it opens a workspace and
 * hands out one object per concept (this package cannot link to it: it is below every other).
 */
package org.ocnkit;

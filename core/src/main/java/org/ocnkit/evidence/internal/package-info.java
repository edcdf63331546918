/**
 * Implementation of {@link org.ocnkit.evidence}: the supervisor workbook's layout, written and read
 * with Apache POI. Public for {@code org.ocnkit.evidence} only; not an API.
 */
package org.ocnkit.evidence.internal;

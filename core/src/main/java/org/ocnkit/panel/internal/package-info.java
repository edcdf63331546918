/**
 * The panel workflow's machinery: reading its records back, recognising a unit's author among
 * the members, and laying out the minutes and reading copies with {@link org.ocnkit.pdf}.
 */
package org.ocnkit.panel.internal;

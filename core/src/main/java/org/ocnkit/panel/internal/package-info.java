/**
 * The panel workflow's machinery: recognising a unit's author among the members, and laying out the
 * minutes and reading copies with {@link org.ocnkit.pdf}. The panel's records (typed rows and their
 * SQL) live in {@code org.ocnkit.panel}, one package-private class per sub-concept.
 */
package org.ocnkit.panel.internal;

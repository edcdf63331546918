/**
 * The workspace's catalog of course-unit versions: importing unit files (all or nothing, identical
 * content a no-op, changed content under an existing version refused), listing them with their
 * state, and reading a stored version back. Builds on {@link org.ocnkit.store} and {@link
 * org.ocnkit.unit}; the panel workflow changes the {@link org.ocnkit.unit.catalog.UnitState state}.
 */
package org.ocnkit.unit.catalog;

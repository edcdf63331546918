/**
 * The stored qualification versions of a workspace (table {@code qualification_version}): import
 * all or nothing, list, find, and the consistency checks against the stored units that are reported
 * before the panel sees a qualification.
 */
package org.ocnkit.qualification.catalog;

/** {@code ocn qualification ...}: qualification files, the stored versions, progress. */
package org.ocnkit.cli.qualification;

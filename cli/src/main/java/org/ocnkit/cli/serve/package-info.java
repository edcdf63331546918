/** {@code ocn serve} and {@code ocn site publish}: the verification service and static site. */
package org.ocnkit.cli.serve;

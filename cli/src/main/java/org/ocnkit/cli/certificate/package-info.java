/**
 * The commands for the issuer's keys ({@code ocn keys}), the certificate register ({@code ocn
 * certificate}) and verification ({@code ocn verify}). They parse, call {@code
 * org.ocnkit.certificate}, and print.
 */
package org.ocnkit.cli.certificate;

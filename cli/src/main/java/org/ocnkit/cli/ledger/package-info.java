/**
 * The commands for the transparency log of issued certificates ({@code ocn log}). They parse, call
 * {@code org.ocnkit.certificate.CertificateLog}, and print.
 */
package org.ocnkit.cli.ledger;

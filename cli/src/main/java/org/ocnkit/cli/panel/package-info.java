/**
 * {@code ocn panel ...}: the panel's approval workflow on the command line. Each command parses its
 * options, calls one method of {@link org.ocnkit.panel.Panel} and prints the result as text or
 * {@code --json}; texts in {@code messages.properties} and {@code messages_sv.properties}.
 */
package org.ocnkit.cli.panel;

/**
 * The {@code ocn} command line: picocli commands that parse arguments, call one {@code ocnkit-core}
 * method and print the result as text or {@code --json}. No domain rule lives here.
 */
package org.ocnkit.cli;

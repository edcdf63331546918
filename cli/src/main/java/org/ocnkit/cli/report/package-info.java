/**
 * Commands for reports: {@code ocn apprentice outcome}, {@code ocn report indicators|progress} and
 * {@code ocn portfolio}. Each parses, calls one {@code org.ocnkit.report} method and prints.
 */
package org.ocnkit.cli.report;

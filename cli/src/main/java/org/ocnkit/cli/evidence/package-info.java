/**
 * Commands for evidence and progress: {@code ocn evidence}, {@code ocn enrolment} and {@code ocn
 * progress}. Each parses, calls one {@code org.ocnkit.evidence} method and prints.
 */
package org.ocnkit.cli.evidence;

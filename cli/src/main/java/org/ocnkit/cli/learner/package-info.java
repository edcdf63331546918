/**
 * Commands for the people of a programme: {@code ocn apprentice}, {@code ocn placement}, {@code ocn
 * assessor} and {@code ocn enrol}. Each parses, calls one {@code org.ocnkit.learner} (or, for
 * erasure, {@code org.ocnkit.evidence}) method and prints.
 */
package org.ocnkit.cli.learner;

/**
 * Benchmarks of ocnkit, as main classes that print their figures: {@link
 * org.ocnkit.bench.CertificateBenchmark} (issuing and verifying certificates) and {@link
 * org.ocnkit.bench.LogBenchmark} (appending to and proving from the transparency log). They are
 * built with the project but never run by its tests; see the README for the command.
 */
package org.ocnkit.bench;

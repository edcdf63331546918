/**
 * Benchmarks of ocnkit, as main classes that print their figures: {@link
 * org.ocnkit.bench.CertificateBenchmark} (issuing and verifying certificates) and {@link
 * org.ocnkit.bench.LogBenchmark} (appending to and proving from the transparency log), {@link
 * org.ocnkit.bench.StartupBenchmark} (the real {@code ocn} against {@code java -version}) and
 * {@link org.ocnkit.bench.VerifyBenchmark} (one {@code ocn verify} call against {@code pdfsig} per
 * file). They are built with the project but never run by its tests; see the README for the
 * command.
 */
package org.ocnkit.bench;

/**
 * Bytes in and out, written once for every package: SHA-256 ({@link org.ocnkit.io.Sha256}) and
 * files written so that a reader never sees half of one ({@link org.ocnkit.io.AtomicFiles}). It
 * sits below every concept and knows none of them; callers turn an {@link java.io.IOException} into
 * their own message.
 */
package org.ocnkit.io;

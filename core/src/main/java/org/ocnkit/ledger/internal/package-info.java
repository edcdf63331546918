/**
 * How the log works inside: proof planning over complete-subtree hashes, the in-memory and JDBC
 * stores, the audit that recomputes every hash, tile writing and reading, and the Ed25519 glue (JDK
 * signing and verifying, Bouncy Castle for deriving a public key from a seed).
 */
package org.ocnkit.ledger.internal;

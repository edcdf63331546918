/**
 * The transparency log of issued certificate fingerprints: an append-only Merkle tree hashed as RFC
 * 6962 / RFC 9162, with inclusion and consistency proofs, C2SP checkpoints signed as C2SP signed
 * notes with Ed25519, C2SP tlog-proof bundles for certificates, and publication as static C2SP
 * tlog-tiles that anyone can verify without a database. Holds hashes only, never personal data.
 * {@link org.ocnkit.ledger.TransparencyLog} is the entry point; {@link
 * org.ocnkit.ledger.PublishedLog} reads a published copy.
 */
package org.ocnkit.ledger;

-- Transparency log (org.ocnkit.ledger): certificate fingerprints in an RFC 6962 Merkle tree.
-- Holds hashes only, never personal data. Plain SQL that SQLite and PostgreSQL run unchanged:
-- hashes are 64 lowercase hex digits in TEXT, integers are BIGINT, times are ISO-8601 UTC TEXT.

-- Entry idx of the log: the SHA-256 fingerprint of a certificate record.
CREATE TABLE ledger_entry (
  idx         BIGINT NOT NULL PRIMARY KEY CHECK (idx >= 0),
  fingerprint TEXT   NOT NULL UNIQUE CHECK (length(fingerprint) = 64)
);

-- Hash of the complete subtree (level, idx): it covers entries idx * 2^level up to
-- (idx + 1) * 2^level - 1. Level 0 holds the leaf hashes. Rows are only ever inserted.
CREATE TABLE ledger_node (
  level BIGINT NOT NULL CHECK (level >= 0 AND level <= 62),
  idx   BIGINT NOT NULL CHECK (idx >= 0),
  hash  TEXT   NOT NULL CHECK (length(hash) = 64),
  PRIMARY KEY (level, idx)
);

-- Signed checkpoints (C2SP tlog-checkpoint as a signed note), in the order they were signed.
CREATE TABLE ledger_checkpoint (
  seq        BIGINT NOT NULL PRIMARY KEY CHECK (seq >= 1),
  tree_size  BIGINT NOT NULL CHECK (tree_size >= 0),
  note       TEXT   NOT NULL,
  created_at TEXT   NOT NULL
);

-- The log proves its own integrity: every stored hash is recomputed from the entries by
-- `ocn log verify`, and each checkpoint is signed. Rows are written unaudited, so that a
-- million appends do not make a million audit events; issuing a certificate is audited.
INSERT INTO audit_exempt (table_name, reason) VALUES
  ('ledger_entry', 'transparency log: verified by ocn log verify (Merkle tree, signed checkpoints)'),
  ('ledger_node', 'transparency log: verified by ocn log verify (Merkle tree, signed checkpoints)'),
  ('ledger_checkpoint', 'transparency log: each checkpoint is a signed note, verified by ocn log verify');

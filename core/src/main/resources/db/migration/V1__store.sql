-- org.ocnkit.store: the audit chain, the tables exempt from it, and attachments.
-- Portable SQL for SQLite and PostgreSQL; see the storage conventions in docs/CONTRIBUTING.md.

-- One row per change, chained by hash. seq runs 1, 2, 3 ... without gaps.
-- digest: SHA-256 of the record's state after the change (row events, detail NULL),
-- or of detail (events that are not a row change). hash: SHA-256 over prev_hash and the
-- event's fields (org.ocnkit.store.internal.AuditCodec).
CREATE TABLE audit_event (
  seq BIGINT NOT NULL PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  digest TEXT NOT NULL,
  detail TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);

CREATE INDEX audit_event_entity ON audit_event (entity, seq);

-- Where the chain ends. Every write transaction updates this one row first: on PostgreSQL the
-- row lock serializes writers (SQLite's BEGIN IMMEDIATE already does), so the chain cannot fork.
CREATE TABLE audit_head (
  id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL
);

INSERT INTO audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Tables whose rows are not audited record by record, with the reason. Filled by migrations only.
CREATE TABLE audit_exempt (
  table_name TEXT NOT NULL PRIMARY KEY,
  reason TEXT NOT NULL
);

-- A file in evidence/ (named by its SHA-256) as attached by someone; one content may be
-- attached many times under different names.
CREATE TABLE attachment (
  id ${identity},
  sha256 TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  media_type TEXT NOT NULL,
  original_name TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE INDEX attachment_sha256 ON attachment (sha256);

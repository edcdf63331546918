-- org.ocnkit.store: keys shared by every desk of a workspace on PostgreSQL, and the public
-- material every desk needs to verify.
--
-- shared_key: a secret key (such as the keyed hash of personal identity numbers) wrapped with
-- AES-256-GCM under a key derived from the programme secret, which each desk gets once from the
-- coordinator (OCNKIT_PROGRAMME_SECRET or keys/programme.secret) and which is never stored in the
-- database: reading the database alone does not give the key. wrapped is
-- v1:BASE64(nonce):BASE64(ciphertext and tag), with the key's name as associated data.
-- Rows are inserted once and never updated. SQLite workspaces keep their keys in keys/ and leave
-- this table empty.
CREATE TABLE shared_key (
  id ${identity},
  name TEXT NOT NULL UNIQUE,
  wrapped TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- The check a desk's programme secret must pass (ocn join): a random key wrapped like the shared
-- keys, written once by ocn init. Outside the audit, so that creating a workspace writes no
-- event: AES-GCM authenticates the row, so a wrong secret or an altered row fails to open it, and
-- a missing row stops ocn join.
CREATE TABLE shared_key_check (
  name TEXT NOT NULL PRIMARY KEY,
  wrapped TEXT NOT NULL,
  created_at TEXT NOT NULL
);

INSERT INTO audit_exempt (table_name, reason) VALUES
  ('shared_key_check', 'authenticated by AES-GCM under the programme secret: a wrong secret or an altered row fails to open it');

-- Public material published by the issuing desk for every desk (PostgreSQL workspaces): the
-- issuer certificate (PEM) and the transparency log's note verifier key. One row per name,
-- inserted once: keys are never replaced.
CREATE TABLE published_key (
  id ${identity},
  name TEXT NOT NULL UNIQUE,
  content TEXT NOT NULL,
  created_at TEXT NOT NULL
);

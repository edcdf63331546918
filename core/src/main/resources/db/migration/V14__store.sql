-- org.ocnkit.store: attachment content in the database, for workspaces shared through PostgreSQL.
-- A PostgreSQL workspace keeps the content of every attachment here, so that every desk (every
-- computer working on the same database) sees the same files, and one pg_dump backs up all.
-- A SQLite workspace keeps its evidence/ folder (one computer, one folder) and leaves this table
-- empty.
--
-- Content-addressed: sha256 is the SHA-256 of content, so a row proves its own integrity:
-- ocn audit verify re-hashes the content of every attachment row. Rows are only ever inserted.
CREATE TABLE attachment_content (
  sha256 TEXT NOT NULL PRIMARY KEY CHECK (length(sha256) = 64),
  size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0),
  content ${binary} NOT NULL
);

INSERT INTO audit_exempt (table_name, reason) VALUES
  ('attachment_content', 'content-addressed attachment content: ocn audit verify re-hashes it against every attachment row');

-- org.ocnkit.qualification.catalog: stored qualification versions (awards: units under rules of
-- combination). Like unit_version (V2__unit.sql): the panel workflow changes the state through
-- org.ocnkit.store.Tx#update; the panel's votes and decisions on qualifications are in
-- V13__panel.sql. Portable SQL for SQLite and PostgreSQL; see docs/CONTRIBUTING.md.

CREATE TABLE qualification_version (
  id ${identity},
  code TEXT NOT NULL,
  version INTEGER NOT NULL,
  -- SHA-256 of the canonical content: the identity the panel approves.
  hash TEXT NOT NULL,
  title_sv TEXT NOT NULL,
  title_en TEXT,
  -- The EQF level of the award.
  eqf_level INTEGER NOT NULL,
  total_credits INTEGER NOT NULL,
  -- org.ocnkit.unit.catalog.UnitState, the same states as a unit: DRAFT, SUBMITTED, APPROVED ...
  state TEXT NOT NULL DEFAULT 'DRAFT',
  -- The canonical XML (org.ocnkit.qualification.Qualification#canonicalForm), UTF-8 text.
  content TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  -- ISO date until which an approval holds; NULL until approved.
  approved_until TEXT,
  CONSTRAINT qualification_version_code_version UNIQUE (code, version),
  CONSTRAINT qualification_version_hash UNIQUE (hash)
);

CREATE INDEX qualification_version_state ON qualification_version (state);

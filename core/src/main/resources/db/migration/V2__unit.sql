-- org.ocnkit.unit.catalog: stored course-unit versions. A later migration (V3__panel.sql) adds
-- what the panel workflow needs; state changes go through org.ocnkit.store.Tx#update.

CREATE TABLE unit_version (
  id ${identity},
  code TEXT NOT NULL,
  version INTEGER NOT NULL,
  -- SHA-256 of the canonical content: the identity a panel approves.
  hash TEXT NOT NULL,
  title_sv TEXT NOT NULL,
  title_en TEXT,
  arena TEXT NOT NULL,
  eqf_level INTEGER NOT NULL,
  credits INTEGER NOT NULL,
  notional_hours INTEGER NOT NULL,
  -- org.ocnkit.unit.catalog.UnitState: DRAFT, SUBMITTED, APPROVED ...
  state TEXT NOT NULL DEFAULT 'DRAFT',
  -- The canonical XML (org.ocnkit.unit.CourseUnit#canonicalForm), UTF-8 text.
  content TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  -- ISO date until which an approval holds; NULL until approved.
  approved_until TEXT,
  CONSTRAINT unit_version_code_version UNIQUE (code, version),
  CONSTRAINT unit_version_hash UNIQUE (hash)
);

CREATE INDEX unit_version_state ON unit_version (state);

-- org.ocnkit.learner: apprentices, placements with their supervisors, assessors, enrolments.
-- Portable SQL for SQLite and PostgreSQL; see the storage conventions in docs/CONTRIBUTING.md.
--
-- Personal data is kept apart from what reports need: apprentice holds the pseudonymous id and
-- the funders' categories; apprentice_identity holds name, birth date and the keyed hash of the
-- personal identity number; apprentice_disability holds health data, used only for aggregate
-- reports. 'ocn apprentice erase' sets the personal columns to NULL (an audited update).

-- A participant, known everywhere else by this id only.
CREATE TABLE apprentice (
  id ${identity},
  -- org.ocnkit.learner.Gender: WOMAN, MAN, NON_BINARY, NOT_STATED
  gender TEXT NOT NULL,
  -- org.ocnkit.learner.BornAbroad: YES, NO, UNKNOWN
  born_abroad TEXT NOT NULL,
  programme TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  -- Whole years at start_date, from the birth date; kept after erasure for aggregate reports.
  age_at_entry INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  -- When the personal data was erased; NULL while it is held.
  erased_at TEXT
);

-- Who the apprentice is. Every column but the ids is NULL after erasure.
CREATE TABLE apprentice_identity (
  id ${identity},
  apprentice_id BIGINT NOT NULL REFERENCES apprentice (id),
  first_name TEXT,
  last_name TEXT,
  birth_date TEXT,
  -- HMAC-SHA256 of the 12-digit personal identity number under the workspace's key in keys/;
  -- the number itself is never stored.
  pin_hash TEXT,
  -- 128 random bits, hex: part of every audit digest of this row, so that once it is erased a
  -- digest in the audit chain cannot confirm a guessed name and birth date.
  salt TEXT,
  CONSTRAINT apprentice_identity_apprentice UNIQUE (apprentice_id),
  CONSTRAINT apprentice_identity_pin_hash UNIQUE (pin_hash)
);

CREATE INDEX apprentice_identity_name ON apprentice_identity (last_name, first_name);

-- Health data: whether the apprentice has a disability (1 yes, 0 no). No row: not asked.
-- NULL after erasure. Read only by aggregate reports.
CREATE TABLE apprentice_disability (
  id ${identity},
  apprentice_id BIGINT NOT NULL REFERENCES apprentice (id),
  disability INTEGER,
  CONSTRAINT apprentice_disability_apprentice UNIQUE (apprentice_id)
);

-- A workplace where apprentices learn.
CREATE TABLE placement (
  id ${identity},
  -- The short identifier the coordinator chose, such as ica-bjorkdalen.
  code TEXT NOT NULL,
  workplace TEXT NOT NULL,
  employer TEXT NOT NULL,
  -- org.ocnkit.unit.Arena code, such as handel-service
  arena TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CONSTRAINT placement_code UNIQUE (code)
);

-- A workplace supervisor ("handledare"): records evidence, does not judge it. Name and a
-- contact-free identifier only.
CREATE TABLE supervisor (
  id ${identity},
  placement_id BIGINT NOT NULL REFERENCES placement (id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CONSTRAINT supervisor_code UNIQUE (code)
);

CREATE INDEX supervisor_placement ON supervisor (placement_id);

-- An assessor. Only a qualified assessor (qualified = 1) judges evidence and signs units off;
-- one who is not qualified may record evidence.
CREATE TABLE assessor (
  id ${identity},
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  qualified INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  CONSTRAINT assessor_code UNIQUE (code)
);

-- An apprentice on an approved unit version at a placement, with the assessor responsible.
CREATE TABLE enrolment (
  id ${identity},
  apprentice_id BIGINT NOT NULL REFERENCES apprentice (id),
  unit_version_id BIGINT NOT NULL REFERENCES unit_version (id),
  placement_id BIGINT NOT NULL REFERENCES placement (id),
  assessor_id BIGINT NOT NULL REFERENCES assessor (id),
  enrolled_on TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CONSTRAINT enrolment_apprentice_unit UNIQUE (apprentice_id, unit_version_id)
);

CREATE INDEX enrolment_placement ON enrolment (placement_id);

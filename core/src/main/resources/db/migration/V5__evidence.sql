-- org.ocnkit.evidence: evidence items, the assessor's judgements and sign-offs, achieved units.
-- Portable SQL for SQLite and PostgreSQL; see the storage conventions in docs/CONTRIBUTING.md.
--
-- What a supervisor records (evidence_item, evidence_criterion with the recorder's claim) is
-- kept apart from what a qualified assessor judges (evidence_signoff, evidence_judgement).
-- Nothing here is updated once written, except that erasing an apprentice's personal data
-- redacts their name from the free text of their evidence. A correction is a new item whose
-- supersedes_id names the item it replaces.

-- One piece of evidence for one enrolment.
CREATE TABLE evidence_item (
  id ${identity},
  enrolment_id BIGINT NOT NULL REFERENCES enrolment (id),
  evidence_date TEXT NOT NULL,
  -- org.ocnkit.unit.AssessmentMethod code, such as observation
  method TEXT NOT NULL,
  description TEXT NOT NULL,
  -- Who recorded it: a supervisor of the placement or an assessor (exactly one is set).
  recorded_by_supervisor_id BIGINT REFERENCES supervisor (id),
  recorded_by_assessor_id BIGINT REFERENCES assessor (id),
  recorded_at TEXT NOT NULL,
  -- COMMAND (ocn evidence add) or WORKBOOK (a supervisor workbook row)
  source TEXT NOT NULL,
  -- For workbook rows: SHA-256 of the enrolment, criterion and the row's content, so that
  -- importing the same workbook again adds nothing.
  source_key TEXT,
  supersedes_id BIGINT REFERENCES evidence_item (id),
  supersede_reason TEXT,
  CONSTRAINT evidence_item_supersedes UNIQUE (supersedes_id),
  CONSTRAINT evidence_item_source_key UNIQUE (source_key)
);

CREATE INDEX evidence_item_enrolment ON evidence_item (enrolment_id);

-- A criterion an item covers, with what the recorder claimed: MET, NOT_YET or NULL (no claim).
CREATE TABLE evidence_criterion (
  id ${identity},
  evidence_item_id BIGINT NOT NULL REFERENCES evidence_item (id),
  criterion TEXT NOT NULL,
  claim TEXT,
  CONSTRAINT evidence_criterion_item UNIQUE (evidence_item_id, criterion)
);

-- A file (photo, document) attached to an item.
CREATE TABLE evidence_attachment (
  id ${identity},
  evidence_item_id BIGINT NOT NULL REFERENCES evidence_item (id),
  attachment_id BIGINT NOT NULL REFERENCES attachment (id)
);

CREATE INDEX evidence_attachment_item ON evidence_attachment (evidence_item_id);

-- A qualified assessor's sign-off of an item: the item is locked from then on.
CREATE TABLE evidence_signoff (
  id ${identity},
  evidence_item_id BIGINT NOT NULL REFERENCES evidence_item (id),
  assessor_id BIGINT NOT NULL REFERENCES assessor (id),
  signed_at TEXT NOT NULL,
  CONSTRAINT evidence_signoff_item UNIQUE (evidence_item_id)
);

-- The assessor's judgement of one criterion an item covers: MET or NOT_YET.
CREATE TABLE evidence_judgement (
  id ${identity},
  evidence_signoff_id BIGINT NOT NULL REFERENCES evidence_signoff (id),
  evidence_item_id BIGINT NOT NULL REFERENCES evidence_item (id),
  criterion TEXT NOT NULL,
  judgement TEXT NOT NULL,
  CONSTRAINT evidence_judgement_item UNIQUE (evidence_item_id, criterion)
);

-- The unit achieved: every criterion met by signed-off evidence, signed off by an assessor.
CREATE TABLE enrolment_signoff (
  id ${identity},
  enrolment_id BIGINT NOT NULL REFERENCES enrolment (id),
  assessor_id BIGINT NOT NULL REFERENCES assessor (id),
  achieved_on TEXT NOT NULL,
  signed_at TEXT NOT NULL,
  CONSTRAINT enrolment_signoff_enrolment UNIQUE (enrolment_id)
);

-- org.ocnkit.moderation: moderators, sample plans and moderation outcomes (DESIGN §3 "Internal
-- moderation"); and what a moderator's rejection does to evidence's records.
-- Portable SQL for SQLite and PostgreSQL; see the storage conventions in docs/CONTRIBUTING.md.

-- 1. An enrolment may be signed off more than once, one sign-off at a time.
--
-- V5 allowed one enrolment_signoff row per enrolment. A moderator's rejection withdraws a
-- sign-off (enrolment_signoff_withdrawal below) and the assessor signs the unit off again after
-- more evidence: a new row. The table is rebuilt without its unique constraint: the same columns,
-- ids and values, so every row's digest in the audit chain still matches. org.ocnkit.evidence
-- keeps "one current sign-off per enrolment" (a sign-off not withdrawn), inside its serialized
-- write transactions.
CREATE TABLE enrolment_signoff_v6 (
  id ${identity},
  enrolment_id BIGINT NOT NULL REFERENCES enrolment (id),
  assessor_id BIGINT NOT NULL REFERENCES assessor (id),
  achieved_on TEXT NOT NULL,
  signed_at TEXT NOT NULL
);

-- The copy keeps its ids. PostgreSQL's identity does not move past ids given explicitly, so the
-- new table's id generator is first advanced to the highest id to copy, portably: as many
-- placeholder rows (copies of the first row, so every reference holds) as that id, deleted again
-- at once, before the copy: no audited row is ever made or changed here.
WITH RECURSIVE n (i) AS (
  SELECT 1
  UNION ALL
  SELECT i + 1 FROM n WHERE i < (SELECT max(id) FROM enrolment_signoff)
)
INSERT INTO enrolment_signoff_v6 (enrolment_id, assessor_id, achieved_on, signed_at)
SELECT s.enrolment_id, s.assessor_id, s.achieved_on, s.signed_at
FROM n CROSS JOIN (
  SELECT enrolment_id, assessor_id, achieved_on, signed_at FROM enrolment_signoff
  WHERE id = (SELECT min(id) FROM enrolment_signoff)
) s;

DELETE FROM enrolment_signoff_v6;

INSERT INTO enrolment_signoff_v6 (id, enrolment_id, assessor_id, achieved_on, signed_at)
SELECT id, enrolment_id, assessor_id, achieved_on, signed_at FROM enrolment_signoff;

DROP TABLE enrolment_signoff;

ALTER TABLE enrolment_signoff_v6 RENAME TO enrolment_signoff;

CREATE INDEX enrolment_signoff_enrolment ON enrolment_signoff (enrolment_id);

-- A sign-off withdrawn: the unit is no longer achieved and the enrolment is open for evidence
-- again (org.ocnkit.evidence.Achievements#withdraw; a moderator's rejection). The reason is shown
-- to the assessor; 'ocn apprentice erase' redacts the apprentice's name from it.
CREATE TABLE enrolment_signoff_withdrawal (
  id ${identity},
  enrolment_signoff_id BIGINT NOT NULL REFERENCES enrolment_signoff (id),
  withdrawn_at TEXT NOT NULL,
  reason TEXT NOT NULL,
  -- The enrolment's highest evidence_signoff id when the sign-off was withdrawn (NULL: none).
  -- The unit is signed off again only after evidence signed off later than that.
  last_evidence_signoff_id BIGINT REFERENCES evidence_signoff (id),
  CONSTRAINT enrolment_signoff_withdrawal_signoff UNIQUE (enrolment_signoff_id)
);

-- 2. Moderation.

-- An internal moderator: a qualified assessor designated to moderate. People are known by the
-- assessor's code, as in evidence, so "nobody moderates their own assessments" compares codes.
CREATE TABLE moderator (
  id ${identity},
  assessor_id BIGINT NOT NULL REFERENCES assessor (id),
  designated_at TEXT NOT NULL,
  CONSTRAINT moderator_assessor UNIQUE (assessor_id)
);

-- A sample plan drawn over the sign-offs of a period, with the rules it was drawn under.
CREATE TABLE moderation_plan (
  id ${identity},
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  -- The seed of the draw; seed_given 1 when the user chose it, 0 when derived from the period.
  seed BIGINT NOT NULL,
  seed_given INTEGER NOT NULL,
  -- The rules: every new assessor's first new_assessor_count sign-offs, share (decimal text,
  -- 0.20) of the rest, at least one per dimension in cover (codes, comma-separated).
  new_assessor_count INTEGER NOT NULL,
  share TEXT NOT NULL,
  cover TEXT NOT NULL,
  drawn_at TEXT NOT NULL,
  drawn_by TEXT NOT NULL
);

-- Every sign-off of the plan's period, sampled or not. Each sign-off is decided (sampled or
-- not) by exactly one plan, the first that drew over it; a later plan over the same days lists
-- it with decided_in_plan_id naming that plan, and never changes the decision.
CREATE TABLE moderation_plan_item (
  id ${identity},
  plan_id BIGINT NOT NULL REFERENCES moderation_plan (id),
  enrolment_signoff_id BIGINT NOT NULL REFERENCES enrolment_signoff (id),
  sampled INTEGER NOT NULL,
  decided_in_plan_id BIGINT REFERENCES moderation_plan (id),
  -- As drawn: the sign-off's place among its assessor's sign-offs (1 = their first), and the
  -- assessment methods of the evidence it rests on (codes, comma-separated, sorted).
  assessor_rank INTEGER NOT NULL,
  methods TEXT NOT NULL,
  CONSTRAINT moderation_plan_item_signoff UNIQUE (plan_id, enrolment_signoff_id)
);

CREATE UNIQUE INDEX moderation_plan_item_decided ON moderation_plan_item (enrolment_signoff_id)
  WHERE decided_in_plan_id IS NULL;

-- Why a plan sampled a sign-off, in order: org.ocnkit.moderation.SampleReason.Kind and its
-- detail (2/3 for "2nd of the first 3", a code, a unit, a share).
CREATE TABLE moderation_sample_reason (
  id ${identity},
  plan_item_id BIGINT NOT NULL REFERENCES moderation_plan_item (id),
  reason_order INTEGER NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT NOT NULL,
  CONSTRAINT moderation_sample_reason_order UNIQUE (plan_item_id, reason_order)
);

-- A moderator's outcome for one sign-off: CONFIRM or REJECT, with their comment. One per
-- sign-off; a rejection also withdraws the sign-off, and a new sign-off is moderated anew.
CREATE TABLE moderation_outcome (
  id ${identity},
  enrolment_signoff_id BIGINT NOT NULL REFERENCES enrolment_signoff (id),
  moderator_id BIGINT NOT NULL REFERENCES moderator (id),
  outcome TEXT NOT NULL,
  comment TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  CONSTRAINT moderation_outcome_signoff UNIQUE (enrolment_signoff_id)
);

-- org.ocnkit.report: what participants went on to do, at exit and at the follow-up points the
-- funders ask about (report.followUps: exit, 28d, 90d, 6m by default).
-- Portable SQL for SQLite and PostgreSQL; see the storage conventions in docs/CONTRIBUTING.md.
--
-- Pseudonymous, like the funders' categories in apprentice: the apprentice id, never a name.
-- Rows are only ever inserted. A correction is a new row whose supersedes_id names the row it
-- replaces, with the coordinator's reason; the current outcome at a point is the row that no
-- other row supersedes.

-- One observed outcome of an apprentice at one follow-up point.
CREATE TABLE apprentice_outcome (
  id ${identity},
  apprentice_id BIGINT NOT NULL REFERENCES apprentice (id),
  -- The follow-up point's code: exit, or a period after the end date such as 28d, 90d, 6m.
  point TEXT NOT NULL,
  -- org.ocnkit.report.OutcomeStatus: WORK, STUDIES, JOB_SEEKING, OTHER
  status TEXT NOT NULL,
  -- The date the status was observed (ISO-8601).
  outcome_date TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  supersedes_id BIGINT REFERENCES apprentice_outcome (id),
  supersede_reason TEXT,
  CONSTRAINT apprentice_outcome_supersedes UNIQUE (supersedes_id)
);

CREATE INDEX apprentice_outcome_apprentice ON apprentice_outcome (apprentice_id, point);

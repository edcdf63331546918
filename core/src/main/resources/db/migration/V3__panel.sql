-- org.ocnkit.panel: the panel's approval workflow. Members, meetings with attendance, declared
-- conflicts of interest, votes, decisions, conditions signed off, withdrawals. Unit states live in
-- unit_version (V2__unit.sql); every row here and every state change is written through
-- org.ocnkit.store.Tx, so each is an audit event with its actor. Records are never updated: a
-- corrected vote is a new row naming the vote it replaces.
-- Portable SQL for SQLite and PostgreSQL; see the storage conventions in docs/CONTRIBUTING.md.

-- A member of the panel.
CREATE TABLE panel_member (
  id ${identity},
  name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  -- org.ocnkit.panel.Sector: WORKING_LIFE, COMMUNITY, EDUCATION, OCN.
  sector TEXT NOT NULL,
  -- 1 for the panel's chair: at most one member at a time (org.ocnkit.panel.Panel keeps it so).
  chair INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL
);

-- A meeting, on the date it was held, with the member who chaired it (whose vote breaks a tie).
CREATE TABLE panel_meeting (
  id ${identity},
  held_on TEXT NOT NULL,
  chair_id BIGINT NOT NULL REFERENCES panel_member (id),
  opened_at TEXT NOT NULL
);

-- Who was present at a meeting; only they declare conflicts and vote there.
CREATE TABLE panel_attendance (
  id ${identity},
  meeting_id BIGINT NOT NULL REFERENCES panel_meeting (id),
  member_id BIGINT NOT NULL REFERENCES panel_member (id),
  CONSTRAINT panel_attendance_once UNIQUE (meeting_id, member_id)
);

-- A conflict of interest a member declared at a meeting for one unit version: they do not vote
-- on it there.
CREATE TABLE panel_conflict (
  id ${identity},
  meeting_id BIGINT NOT NULL REFERENCES panel_meeting (id),
  member_id BIGINT NOT NULL REFERENCES panel_member (id),
  unit_version_id BIGINT NOT NULL REFERENCES unit_version (id),
  reason TEXT,
  declared_at TEXT NOT NULL,
  CONSTRAINT panel_conflict_once UNIQUE (meeting_id, member_id, unit_version_id)
);

-- One member's vote on one unit version at a meeting.
CREATE TABLE panel_vote (
  id ${identity},
  meeting_id BIGINT NOT NULL REFERENCES panel_meeting (id),
  unit_version_id BIGINT NOT NULL REFERENCES unit_version (id),
  member_id BIGINT NOT NULL REFERENCES panel_member (id),
  -- org.ocnkit.panel.VoteChoice: APPROVE, APPROVE_WITH_CONDITIONS, REFER, REJECT.
  vote TEXT NOT NULL,
  comment TEXT,
  -- With APPROVE_WITH_CONDITIONS only: what must be done, and by when (ISO date).
  conditions TEXT,
  conditions_due TEXT,
  -- The same member's earlier vote that this one corrects (before the decision); NULL otherwise.
  replaces_id BIGINT REFERENCES panel_vote (id),
  cast_at TEXT NOT NULL
);

CREATE INDEX panel_vote_meeting_unit ON panel_vote (meeting_id, unit_version_id);

-- The panel's decision on one unit version at a meeting, with the content hash it applies to and
-- the votes counted.
CREATE TABLE panel_decision (
  id ${identity},
  meeting_id BIGINT NOT NULL REFERENCES panel_meeting (id),
  unit_version_id BIGINT NOT NULL REFERENCES unit_version (id),
  unit_hash TEXT NOT NULL,
  -- org.ocnkit.panel.DecisionOutcome: APPROVED, APPROVED_WITH_CONDITIONS, REFERRED_BACK, REJECTED.
  outcome TEXT NOT NULL,
  votes_approve INTEGER NOT NULL,
  votes_conditions INTEGER NOT NULL,
  votes_refer INTEGER NOT NULL,
  votes_reject INTEGER NOT NULL,
  -- 1 when the votes were tied and the chair's vote decided.
  chair_decided INTEGER NOT NULL,
  -- The conditions of an approval with conditions, one per line, and the date they are due.
  conditions TEXT,
  conditions_due TEXT,
  -- The first day the unit is due for review again; NULL unless approved.
  approved_until TEXT,
  decided_at TEXT NOT NULL,
  CONSTRAINT panel_decision_once UNIQUE (meeting_id, unit_version_id)
);

CREATE INDEX panel_decision_unit ON panel_decision (unit_version_id);

-- The chair's sign-off that the conditions of a decision are met.
CREATE TABLE panel_conditions_met (
  id ${identity},
  decision_id BIGINT NOT NULL REFERENCES panel_decision (id),
  member_id BIGINT NOT NULL REFERENCES panel_member (id),
  met_on TEXT NOT NULL,
  signed_at TEXT NOT NULL,
  CONSTRAINT panel_conditions_met_once UNIQUE (decision_id)
);

-- A unit version taken out of use, with the reason and the state it was in.
CREATE TABLE panel_withdrawal (
  id ${identity},
  unit_version_id BIGINT NOT NULL REFERENCES unit_version (id),
  previous_state TEXT NOT NULL,
  reason TEXT NOT NULL,
  withdrawn_at TEXT NOT NULL,
  CONSTRAINT panel_withdrawal_once UNIQUE (unit_version_id)
);

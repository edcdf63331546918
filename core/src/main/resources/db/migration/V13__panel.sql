-- org.ocnkit.panel: the panel's votes and decisions on qualification versions
-- (qualification_version, V12__qualification.sql), beside those on unit versions (V3__panel.sql).
-- Meetings, attendance and members are shared; a qualification version is another kind of thing
-- the panel decides on, by its content hash. Records are never updated: a corrected vote is a new
-- row naming the vote it replaces. Portable SQL; see docs/CONTRIBUTING.md.

-- One member's vote on one qualification version at a meeting.
CREATE TABLE panel_qualification_vote (
  id ${identity},
  meeting_id BIGINT NOT NULL REFERENCES panel_meeting (id),
  qualification_version_id BIGINT NOT NULL REFERENCES qualification_version (id),
  member_id BIGINT NOT NULL REFERENCES panel_member (id),
  -- org.ocnkit.panel.VoteChoice: APPROVE, APPROVE_WITH_CONDITIONS, REFER, REJECT.
  vote TEXT NOT NULL,
  comment TEXT,
  conditions TEXT,
  conditions_due TEXT,
  replaces_id BIGINT REFERENCES panel_qualification_vote (id),
  cast_at TEXT NOT NULL
);

CREATE INDEX panel_qualification_vote_meeting ON panel_qualification_vote
  (meeting_id, qualification_version_id);

-- The panel's decision on one qualification version at a meeting, with the hash it applies to.
CREATE TABLE panel_qualification_decision (
  id ${identity},
  meeting_id BIGINT NOT NULL REFERENCES panel_meeting (id),
  qualification_version_id BIGINT NOT NULL REFERENCES qualification_version (id),
  qualification_hash TEXT NOT NULL,
  -- org.ocnkit.panel.DecisionOutcome.
  outcome TEXT NOT NULL,
  votes_approve INTEGER NOT NULL,
  votes_conditions INTEGER NOT NULL,
  votes_refer INTEGER NOT NULL,
  votes_reject INTEGER NOT NULL,
  chair_decided INTEGER NOT NULL,
  conditions TEXT,
  conditions_due TEXT,
  -- The first day the qualification is due for review again; NULL unless approved.
  approved_until TEXT,
  decided_at TEXT NOT NULL,
  CONSTRAINT panel_qualification_decision_once UNIQUE (meeting_id, qualification_version_id)
);

CREATE INDEX panel_qualification_decision_version ON panel_qualification_decision
  (qualification_version_id);

-- The chair's sign-off that the conditions of a decision on a qualification are met.
CREATE TABLE panel_qualification_conditions_met (
  id ${identity},
  decision_id BIGINT NOT NULL REFERENCES panel_qualification_decision (id),
  member_id BIGINT NOT NULL REFERENCES panel_member (id),
  met_on TEXT NOT NULL,
  signed_at TEXT NOT NULL,
  CONSTRAINT panel_qualification_conditions_met_once UNIQUE (decision_id)
);

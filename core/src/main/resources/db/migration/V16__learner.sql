-- org.ocnkit.learner: personal links ("capability links") through which a supervisor records
-- evidence on the web form of ocn serve, without an account (issue 19).
--
-- The link holds a random secret of 256 bits; only its SHA-256 is stored here, so reading the
-- database does not give a working link. A link works for one supervisor at one placement until
-- expires_at, unless revoked_at is set. last_used_at is updated (audited) each time the link opens
-- the form. Rows are never deleted: a revoked or expired link stays in the history.
CREATE TABLE supervisor_link (
  id ${identity},
  supervisor_id BIGINT NOT NULL REFERENCES supervisor (id),
  placement_id BIGINT NOT NULL REFERENCES placement (id),
  -- lowercase hex SHA-256 of the secret as written in the link
  secret_sha256 TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  last_used_at TEXT,
  CONSTRAINT supervisor_link_secret UNIQUE (secret_sha256)
);

CREATE INDEX supervisor_link_supervisor ON supervisor_link (supervisor_id);

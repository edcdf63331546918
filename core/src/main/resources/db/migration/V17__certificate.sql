-- Qualification certificates flagged for review (issue 21): revoking a unit certificate that a
-- qualification certificate rests on (certificate_reference kind 'unit-certificate') flags the
-- qualification certificate in the same transaction. Verifiers report it as under review until
-- the issuer revokes it. Rows are only ever inserted; no personal data.
CREATE TABLE certificate_review (
  id ${identity},
  -- The qualification certificate under review.
  certificate_id BIGINT NOT NULL REFERENCES certificate (id),
  flagged_at TEXT NOT NULL,
  -- The unit certificate whose revocation raised the flag.
  cause_id BIGINT NOT NULL REFERENCES certificate (id),
  CONSTRAINT certificate_review_once UNIQUE (certificate_id, cause_id)
);

CREATE INDEX certificate_review_certificate ON certificate_review (certificate_id);

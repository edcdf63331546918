-- The certificate register (org.ocnkit.certificate): every certificate issued, by fingerprint,
-- short code and serial number, with its place in the transparency log, and its revocation.
-- Holds no personal data: the holder's name and date of birth live only in the certificate PDF
-- (and in the learner records, which `apprentice erase` clears); what links a certificate to
-- them here are opaque identifiers.

-- One issued certificate. Rows are only ever inserted.
CREATE TABLE certificate (
  id ${identity},
  -- The issuer's serial number, written in the record: 1, 2, 3 ...
  serial BIGINT NOT NULL CHECK (serial >= 1),
  -- SHA-256 of the certificate record, 64 lowercase hex digits: the certificate's identity.
  fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
  -- The short code printed on the certificate, OCN-XXXX-XXXX-XXXX-C.
  code TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  -- The issue date printed on the certificate (ISO-8601).
  issue_date TEXT NOT NULL,
  -- The fingerprint's index in the transparency log (ledger_entry.idx), and the size of the
  -- signed checkpoint the embedded inclusion proof leads to.
  leaf_index BIGINT NOT NULL CHECK (leaf_index >= 0),
  tree_size BIGINT NOT NULL CHECK (tree_size > leaf_index),
  CONSTRAINT certificate_serial UNIQUE (serial),
  CONSTRAINT certificate_fingerprint UNIQUE (fingerprint),
  CONSTRAINT certificate_code UNIQUE (code),
  CONSTRAINT certificate_leaf UNIQUE (leaf_index)
);

-- The revocation of a certificate: once, with the coordinator's reason. A certificate without a
-- row here is valid. Rows are only ever inserted.
CREATE TABLE certificate_revocation (
  id ${identity},
  certificate_id BIGINT NOT NULL REFERENCES certificate (id),
  revoked_at TEXT NOT NULL,
  reason TEXT NOT NULL,
  CONSTRAINT certificate_revocation_once UNIQUE (certificate_id)
);

-- Opaque references the issuing caller recorded with a certificate, such as the apprentice and
-- enrolment identifiers it certifies ("apprentice", "17"). Identifiers only, never names.
CREATE TABLE certificate_reference (
  id ${identity},
  certificate_id BIGINT NOT NULL REFERENCES certificate (id),
  kind TEXT NOT NULL,
  ref TEXT NOT NULL
);

CREATE INDEX certificate_reference_ref ON certificate_reference (kind, ref);
CREATE INDEX certificate_reference_certificate ON certificate_reference (certificate_id);

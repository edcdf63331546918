-- org.ocnkit.store: the database server's own time beside each audit event (issue 14).
-- at is the application's clock; on PostgreSQL db_at is the server's CURRENT_TIMESTAMP when the
-- event was written (UTC, ISO-8601 with three fraction digits), so a back-dated application clock
-- shows beside an honest one. NULL on SQLite, whose clock is the application's own. When present
-- it is part of the event's hash (org.ocnkit.store.internal.AuditCodec).
ALTER TABLE audit_event ADD COLUMN db_at TEXT;

-- Dorfplatz application database, schema version 1.
--
-- Applied by Dorfplatz::Migrator (app/core/db/migrator.h): files run in number order, each in
-- one transaction with the update of schema_version. Never edit a file that has shipped; add
-- 002_....sql instead (later issues add schedules and more). Statements are split at ';'
-- (quotes and comments are honoured); CREATE TRIGGER and BEGIN/COMMIT are not allowed.

-- Small key/value state the kiosk keeps across restarts (e.g. the last screen shown).
-- updated_at is an ISO 8601 UTC timestamp ("2024-05-01T09:30:00Z"), written by the application.
CREATE TABLE kiosk_state (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

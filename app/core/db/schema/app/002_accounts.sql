-- Dorfplatz application database, schema version 2: staff accounts, the PIN throttle and the
-- audit log (staff mode). Times are ISO 8601 UTC text ("2026-12-06T09:30:00Z").

-- The people who may enter staff mode. pin_hash is libsodium's crypto_pwhash_str (Argon2id) of
-- the PIN, never the PIN. role: 'care' (Pflege/Sozialer Dienst), 'guide' (Digitallotse),
-- 'lead' (Leitung).
CREATE TABLE accounts (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL CHECK (role IN ('care', 'guide', 'lead')),
    pin_hash   TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Wrong PINs in a row on this kiosk, for every account together, and until when the PIN pad
-- waits: kept here so that a restart does not reset it. At most one row, id 1.
CREATE TABLE pin_throttle (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    failures     INTEGER NOT NULL,
    locked_until TEXT NOT NULL
);

-- Every change made in staff mode: when, who (the account and its name at the time), what was
-- done to which thing, and the thing before and after (JSON text; empty when there is none).
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    account_id   INTEGER,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    subject      TEXT NOT NULL,
    before_value TEXT NOT NULL,
    after_value  TEXT NOT NULL
);
CREATE INDEX audit_log_newest ON audit_log (id DESC);

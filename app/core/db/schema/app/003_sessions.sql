-- Dorfplatz application database, schema version 3: the week's programme (staff mode).

-- One session as staff plan it (core/schedule/session.h). start_local is the wall-clock time in
-- the home's zone ("2026-12-08T10:00:00"), rule an iCalendar RRULE value (empty: only once),
-- cancelled a JSON array of dates, moved a JSON array of {"from": date, "to": wall-clock time}.
CREATE TABLE sessions (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL,
    content_kind     TEXT NOT NULL
                     CHECK (content_kind IN ('stream', 'events', 'call', 'announcement')),
    content_target   TEXT NOT NULL,
    start_local      TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    rule             TEXT NOT NULL,
    cancelled        TEXT NOT NULL,
    moved            TEXT NOT NULL,
    starts_by_itself INTEGER NOT NULL,
    volume           INTEGER NOT NULL CHECK (volume BETWEEN 0 AND 100),
    note             TEXT NOT NULL,
    created_by       INTEGER,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

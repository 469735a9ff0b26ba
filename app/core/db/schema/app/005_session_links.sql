-- Dorfplatz application database, schema version 5: video visits and sessions made from events
-- (issue 14).

-- visit_for: the resident's name as the relative sees it ("Frau Müller"); set, it makes a 'call'
-- session a video visit, which the kiosk joins by itself and ends when nobody came.
ALTER TABLE sessions ADD COLUMN visit_for TEXT NOT NULL DEFAULT '';
-- event_uid, event_start: the event of "Was ist los?" a session was made from (its UID in
-- events.db and the start it had then, UTC, ISO 8601), so that a later sync that cancels or moves
-- the event is noticed. Empty for sessions staff planned themselves.
ALTER TABLE sessions ADD COLUMN event_uid TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN event_start TEXT NOT NULL DEFAULT '';

-- How one occurrence went, where staff need to know it: a video visit nobody joined is marked
-- "nicht zustande gekommen".
CREATE TABLE session_outcomes (
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    date        TEXT NOT NULL,  -- the occurrence's planned date, yyyy-MM-dd, in the home's zone
    outcome     TEXT NOT NULL CHECK (outcome IN ('held', 'no-show')),
    recorded_at TEXT NOT NULL,  -- UTC, ISO 8601
    PRIMARY KEY (session_id, date)
);

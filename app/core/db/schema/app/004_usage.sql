-- Dorfplatz application database, schema version 4: anonymous usage counts for the district's
-- funding report (core/usage/usagecounts.h).

-- How often the room was used, per month and kind, and for how long: nothing else. month is
-- "2026-12"; kind a fixed key ("session-held", "stream-played", "call-made", ...); seconds the
-- summed length where a kind has one (streams, calls, video visits), else 0. There is
-- deliberately no column for a name, a contact, a station, a day or a time of day: the report
-- needs only totals, and what is not stored cannot leak.
CREATE TABLE usage_counts (
    month   TEXT NOT NULL,
    kind    TEXT NOT NULL,
    count   INTEGER NOT NULL DEFAULT 0,
    seconds INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, kind)
) WITHOUT ROWID;

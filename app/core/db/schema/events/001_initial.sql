-- Dorfplatz events cache (events.db), schema version 1.
--
-- Applied by Dorfplatz::Migrator(":/db/events"), which also creates schema_version. Written only by
-- dorfplatz-sync through EventCache; the kiosk opens it read-only. Everything here can be rebuilt
-- from the feeds, so a cache that is damaged or from a newer version is deleted and recreated by
-- the sync rather than repaired. Never edit a shipped file; add 002_....sql.
--
-- Times are INTEGER milliseconds since the epoch, UTC.

-- One row per occurrence after recurrence expansion (see core/events/eventoccurrence.h).
-- No uniqueness on (feed, uid, start): a feed that repeats a UID must not fail the whole refresh.
CREATE TABLE occurrences (
    id          INTEGER PRIMARY KEY,
    feed        TEXT NOT NULL,
    uid         TEXT NOT NULL,
    start_utc   INTEGER NOT NULL,
    end_utc     INTEGER NOT NULL,
    tz          TEXT NOT NULL DEFAULT '',
    all_day     INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    start_date  TEXT,                      -- all-day only: ISO date
    end_date    TEXT,                      -- all-day only: ISO date, exclusive
    title       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    location    TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    categories  TEXT NOT NULL DEFAULT '',  -- joined by U+001F (unit separator)
    cancelled   INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    attribution TEXT NOT NULL DEFAULT '',
    -- 1 when end_utc - start_utc exceeds EventCache's long-event threshold (two days). Short
    -- occurrences can then be found by a bounded scan of start_utc (from - threshold ... to);
    -- the few long ones (exhibitions, festivals) are scanned separately. Changing the threshold
    -- needs a migration that recomputes this column.
    long_event  INTEGER NOT NULL DEFAULT 0 CHECK (long_event IN (0, 1)),
    CHECK (end_utc >= start_utc)
);

-- The range query: long_event = 0 AND start_utc BETWEEN ..., and long_event = 1 AND start_utc < to.
CREATE INDEX occurrences_by_start ON occurrences (long_event, start_utc);
-- replaceFeed() and removeFeedsExcept() delete by feed.
CREATE INDEX occurrences_by_feed ON occurrences (feed);

-- Per feed: the last attempt, the last success and what it brought.
CREATE TABLE feed_status (
    feed          TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL DEFAULT '',
    last_attempt  INTEGER,                 -- NULL: never tried
    last_success  INTEGER,                 -- NULL: never succeeded
    error         TEXT NOT NULL DEFAULT '', -- of the last attempt; '' when it succeeded
    events        INTEGER NOT NULL DEFAULT 0,
    occurrences   INTEGER NOT NULL DEFAULT 0,
    skipped       INTEGER NOT NULL DEFAULT 0,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '', -- HTTP date text, as the server sent it
    config_hash   TEXT NOT NULL DEFAULT ''  -- SyncRunner::feedConfigHash() the rows were made with
) WITHOUT ROWID;

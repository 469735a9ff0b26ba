-- Test fixture for tst_migrator: schema version 2 adds a table and a column.

CREATE TABLE visits (
    id          INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    day         TEXT NOT NULL
);

ALTER TABLE residents ADD COLUMN room TEXT;

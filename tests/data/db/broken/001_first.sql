-- Test fixture for tst_migrator: schema version 1. Identical in migrations-v1, migrations-v2 and
-- broken, because a shipped migration never changes. The ';' in comments and strings below are
-- there on purpose: the statement splitter must not cut at them.

CREATE TABLE residents (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL -- "first; last"
);

/* A default row whose text contains a semicolon; and an apostrophe. */
CREATE TABLE "greeting;texts" (text TEXT NOT NULL);
INSERT INTO "greeting;texts" (text) VALUES ('Guten Morgen; it''s Monday');

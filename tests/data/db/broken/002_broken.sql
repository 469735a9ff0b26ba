-- Test fixture for tst_migrator: the first statement succeeds, the second is a syntax error.
-- Nothing of this file may remain after migrate() fails.

CREATE TABLE half_applied (x INTEGER);

CREATE TABLE never_created (x INTEGER,, y TEXT);

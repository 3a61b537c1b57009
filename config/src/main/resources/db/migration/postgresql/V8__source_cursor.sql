-- Where each post source continues: the cursor its last committed chunk left, written in the same
-- transaction as that chunk (and its step execution context). Unlike a step execution context it
-- does not age out: a source read once a month continues where it stopped however many runs of
-- other sources came in between. A source without a row is seeded from its newest step execution
-- context (installations from before this table).
CREATE TABLE SOURCE_CURSOR (
	SOURCE_NAME VARCHAR(100) PRIMARY KEY,
	NEXT_CURSOR TEXT NOT NULL,
	JOB_EXECUTION_ID BIGINT NOT NULL,
	RUN_AT TIMESTAMPTZ NOT NULL
);

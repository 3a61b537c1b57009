-- How far the alerts job has looked for complaints that ingest runs stored with creation dates
-- older than alerts.lookbackDays (a backfill: `ingest --since`, a source's `since:`, an import of
-- an old export). Those open cases in state BACKFILLED: in the inbox and reports, never e-mailed.
-- FETCHED_SINCE is the fetched-at instant the next pass starts from (minus an overlap), so each
-- pass reads only the posts stored since the last one instead of the whole history.
CREATE TABLE CASE_BACKFILL_MARK (
	ID INTEGER PRIMARY KEY,
	FETCHED_SINCE TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- Replies by a brand's own handles, recorded by the ingest job as it stores them, so that the
-- alerts job closes answered complaint cases by a keyed look-up instead of rescanning the posts.
-- OWN_REPLY_SEED holds the brand:handle list the ledger was last filled from the whole store for
-- (posts stored before the ledger existed, or by a handle added to the configuration later).
-- FIRST_REPLY_AT/FIRST_REPLY_ID: the brand's first reply to a case, whatever state it is in.
CREATE TABLE OWN_REPLY (
	POST_ID VARCHAR(600) NOT NULL,
	BRAND VARCHAR(200) NOT NULL,
	AUTHOR_HANDLE VARCHAR(300) NOT NULL,
	REPLY_TO_ID VARCHAR(600),
	THREAD_ID VARCHAR(600),
	CREATED_AT TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (POST_ID, BRAND)
);

CREATE INDEX OWN_REPLY_REPLY_TO_IX ON OWN_REPLY (REPLY_TO_ID);
CREATE INDEX OWN_REPLY_THREAD_IX ON OWN_REPLY (THREAD_ID);

CREATE TABLE OWN_REPLY_SEED (
	ID INTEGER PRIMARY KEY,
	HANDLES TEXT NOT NULL,
	SEEDED_AT TIMESTAMPTZ NOT NULL
);

ALTER TABLE COMPLAINT_CASE ADD COLUMN FIRST_REPLY_AT TIMESTAMPTZ;
ALTER TABLE COMPLAINT_CASE ADD COLUMN FIRST_REPLY_ID VARCHAR(600);

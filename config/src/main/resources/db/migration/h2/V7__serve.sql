-- Cross-instance job locks for `brandpulse serve`. A row is a lease: the instance named OWNER may
-- run the job NAME until LOCKED_UNTIL; it renews the lease (and HEARTBEAT) while the job runs and
-- deletes the row when it ends. A lease past LOCKED_UNTIL belongs to a dead instance and may be
-- taken over.
CREATE TABLE JOB_LOCK (
	NAME VARCHAR(100) PRIMARY KEY,
	OWNER VARCHAR(300) NOT NULL,
	LOCKED_UNTIL TIMESTAMP(6) WITH TIME ZONE NOT NULL,
	HEARTBEAT TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

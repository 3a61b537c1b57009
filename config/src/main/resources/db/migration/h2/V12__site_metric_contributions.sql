-- Several web servers' logs of the same days add up: each access log is one contribution, keyed by
-- a fingerprint of its first line (stable while the file grows and when it is rotated), and an
-- import replaces only its own contributions' rows. Sources that are not files keep '' and replace
-- whole days, as before.
ALTER TABLE SITE_METRIC ADD COLUMN CONTRIBUTION VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE SITE_METRIC DROP CONSTRAINT SITE_METRIC_PK;
ALTER TABLE SITE_METRIC ADD CONSTRAINT SITE_METRIC_PK
	PRIMARY KEY (SITE, SOURCE_NAME, CONTRIBUTION, METRIC_DAY, DIMENSION, DIM_KEY, METRIC);

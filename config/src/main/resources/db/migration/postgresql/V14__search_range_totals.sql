-- Search Console's Queries, Pages, Countries and Devices tables are totals over an export's whole
-- range with no daily split: they are kept as ranges, one row per site x source x range x breakdown
-- value, never dated on a day. Importing an export again replaces the totals of its range only, so
-- the exports of several ranges stay side by side and can be compared.
CREATE TABLE SEARCH_RANGE_TOTAL (
	SITE VARCHAR(100) NOT NULL,
	SOURCE_NAME VARCHAR(100) NOT NULL,
	FROM_DAY DATE NOT NULL,
	TO_DAY DATE NOT NULL,
	DIMENSION VARCHAR(30) NOT NULL,
	DIM_KEY VARCHAR(500) NOT NULL,
	CLICKS DOUBLE PRECISION NOT NULL,
	IMPRESSIONS DOUBLE PRECISION NOT NULL,
	-- clicks / impressions (0..1), null without impressions
	CTR DOUBLE PRECISION,
	-- average position over the range, null when the export has no Position column
	POSITION DOUBLE PRECISION,
	CONSTRAINT SEARCH_RANGE_TOTAL_PK
		PRIMARY KEY (SITE, SOURCE_NAME, FROM_DAY, TO_DAY, DIMENSION, DIM_KEY)
);

CREATE INDEX SEARCH_RANGE_TOTAL_IX ON SEARCH_RANGE_TOTAL (SITE, SOURCE_NAME, TO_DAY);

-- Earlier imports dated these totals on the export's last day in SITE_METRIC (only Search Console
-- stores clicks, impressions and position). Their range is that of the import that ended on that
-- day (the narrowest, when several did); they move here and leave the daily table.
INSERT INTO SEARCH_RANGE_TOTAL (SITE, SOURCE_NAME, FROM_DAY, TO_DAY, DIMENSION, DIM_KEY, CLICKS,
	IMPRESSIONS, CTR, POSITION)
SELECT g.SITE, g.SOURCE_NAME, i.FROM_DAY, g.METRIC_DAY, g.DIMENSION, g.DIM_KEY, g.CLICKS,
	g.IMPRESSIONS, CASE WHEN g.IMPRESSIONS > 0 THEN g.CLICKS / g.IMPRESSIONS END, g.POSITION
FROM (
	SELECT SITE, SOURCE_NAME, METRIC_DAY, DIMENSION, DIM_KEY,
		SUM(CASE WHEN METRIC = 'clicks' THEN METRIC_VALUE ELSE 0 END) AS CLICKS,
		SUM(CASE WHEN METRIC = 'impressions' THEN METRIC_VALUE ELSE 0 END) AS IMPRESSIONS,
		MAX(CASE WHEN METRIC = 'position' THEN METRIC_VALUE END) AS POSITION
	FROM SITE_METRIC
	WHERE DIMENSION IN ('search_query', 'search_page', 'country')
		AND METRIC IN ('clicks', 'impressions', 'position')
	GROUP BY SITE, SOURCE_NAME, METRIC_DAY, DIMENSION, DIM_KEY
) g
JOIN (
	SELECT SITE, SOURCE_NAME, TO_DAY, MAX(FROM_DAY) AS FROM_DAY
	FROM METRIC_IMPORT GROUP BY SITE, SOURCE_NAME, TO_DAY
) i ON i.SITE = g.SITE AND i.SOURCE_NAME = g.SOURCE_NAME AND i.TO_DAY = g.METRIC_DAY;

DELETE FROM SITE_METRIC
WHERE DIMENSION IN ('search_query', 'search_page', 'country')
	AND METRIC IN ('clicks', 'impressions', 'position');

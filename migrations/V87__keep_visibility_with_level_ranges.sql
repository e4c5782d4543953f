-- The members of a level's day (GET /api/v1/stats/members) read the stored level ranges (V75)
-- instead of rebuilding every counted person's records for the day (issue 13, point 4: 5.5 to
-- 7.5 s at 1,000,000 persons). Their total and notShown count the persons by the visibility the
-- caller may read, so each stored range keeps its person's visibility, and level_delta sums the
-- ranges per visibility too (grouping 'visibility'): both counts are then running sums of day
-- deltas, like the series, and the page walks the ranges in person order.
--
-- Exactness as in V75: a change of a person's visibility marks them dirty in the same transaction,
-- and members read the marked persons from their records (with their visibility of now), the
-- stored ranges of the others. The ranges stored so far take their person's visibility now.
ALTER TABLE level_range ADD COLUMN visibility varchar;
UPDATE level_range l SET visibility = p.visibility FROM person p WHERE p.id = l.person_id;
-- a person deleted since has no records left, so is marked and their ranges go at the next refresh
UPDATE level_range SET visibility = '' WHERE visibility IS NULL;
ALTER TABLE level_range ALTER COLUMN visibility SET NOT NULL;

INSERT INTO level_delta (metric, grouping, grp, day, delta)
SELECT l.metric, 'visibility', l.visibility, d.day, sum(d.delta)
FROM level_range l CROSS JOIN LATERAL (VALUES (l.s, 1), (l.e, -1)) AS d(day, delta)
WHERE d.day <> 'infinity'
GROUP BY l.metric, l.visibility, d.day;

-- CREATE OR REPLACE, not DROP and CREATE: DROP TRIGGER locks person against readers too, and an
-- instance of the previous version reading person and then level_range deadlocked with this
-- migration (seen at 1,000,000 persons).
CREATE OR REPLACE TRIGGER person_level_dirty AFTER UPDATE OF region, gender, visibility ON person
    FOR EACH ROW WHEN (OLD.region IS DISTINCT FROM NEW.region OR OLD.gender IS DISTINCT FROM NEW.gender
        OR OLD.visibility IS DISTINCT FROM NEW.visibility)
    EXECUTE FUNCTION mark_level_person_groups();

-- A page of members: the ranges of one metric in person order, read from :after until enough
-- cover the day (index only, once the table is vacuumed); on a day few persons count, that walk
-- would read most ranges of the metric, and the ranges started by the day (few, early in the
-- records) are read instead and sorted. The planner chooses by the day's estimated ranges.
CREATE INDEX level_range_metric_person ON level_range (metric, person_id) INCLUDE (s, e, visibility);
CREATE INDEX level_range_metric_start ON level_range (metric, s) INCLUDE (e, visibility, person_id);

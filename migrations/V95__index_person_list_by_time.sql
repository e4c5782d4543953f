-- The person list sorted by createdAt or updatedAt (either direction), alone or filtered by region
-- (and gender): V86 indexed the filters for the default order by name only. At 1,198,008 persons
-- (bench/generate.sh 1000000 and 200,000 imported ones) a page sorted by -updatedAt sorted the whole
-- table (416 ms), and a page of one region by -createdAt walked person_created_idx back through the
-- 198,245 newest persons, none of that region, before it found 51 (126 ms). A gender alone is
-- common enough that the time indexes find a page of it at once; with a region, the region's index
-- is read and the gender filtered. PersonFilter compares lower(region); docs/search.md.
CREATE INDEX person_updated_idx ON person (updated_at, id);
CREATE INDEX person_region_created_idx ON person (lower(region), created_at, id);
CREATE INDEX person_region_updated_idx ON person (lower(region), updated_at, id);

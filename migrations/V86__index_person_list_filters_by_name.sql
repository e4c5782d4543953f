-- The person list (GET /api/v1/persons) filtered by region, by gender or by both, in its default
-- order (display name, id): with only person_display_name_idx the planner walks the whole list by
-- name and filters, and because names, regions and genders are not spread evenly along it, a page
-- at 1,000,000 persons read tens of thousands of rows first (a page of women in Grodno Region:
-- 33,969 rows removed by the filter, 773 ms; 0.9 ms with these). PersonFilter compares
-- lower(region); bench/ and docs/search.md, "At a million persons".
CREATE INDEX person_region_name_idx ON person (lower(region), display_name, id);
CREATE INDEX person_region_gender_name_idx ON person (lower(region), gender, display_name, id);
CREATE INDEX person_gender_name_idx ON person (gender, display_name, id);

-- Name search of one word reads, for each matching term, only the first 500 persons by display
-- name (person.NameSearch, RANK_ONE_WORD_SQL): the best 500 matches are among them. This index gives
-- them in that order, index-only with the visibility filter; it also serves the join by key that
-- ranks queries of several words, so it replaces V4's person_search_key_key_idx. At 1,000,000
-- persons a common surname has thousands of bearers, and reading and grouping all of them took ten
-- times as long as at 100,000 (docs/search.md, "At a million persons").
CREATE INDEX person_search_key_key_name_idx ON person_search_key (key, display_name, person_id) INCLUDE (visibility);
DROP INDEX person_search_key_key_idx;

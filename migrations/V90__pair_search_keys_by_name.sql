-- Name search of two words (person.NameSearch, RANK_TWO_WORDS_SQL): every unordered pair of a
-- person's distinct search keys, in key order, with the display name and visibility, so that the
-- persons holding both keys of a pair come in name order from one index, as V85 gives the persons
-- of one key. At 1,000,000 persons a common given name beside a common surname left 25,000-50,000
-- candidates to check (1 to 2.7 s); with this a query reads at most 500 rows per pair of matching
-- terms, and one of three words or more takes its candidates from the pairs of its two rarest words
-- (docs/search.md, "At a million persons"). Derived, like person_search_key: not audited.
-- Keys are [a-z0-9] only; "C" makes first_key < second_key the same order as Java's String.compareTo.
CREATE TABLE person_search_pair (
    person_id    uuid         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    first_key    varchar(60)  COLLATE "C" NOT NULL,
    second_key   varchar(60)  COLLATE "C" NOT NULL,
    display_name varchar(300) NOT NULL,
    visibility   varchar(20)  NOT NULL,
    CHECK (first_key < second_key)
);

INSERT INTO person_search_pair (person_id, first_key, second_key, display_name, visibility)
SELECT a.person_id, a.key, b.key, a.display_name, a.visibility
FROM person_search_key a
JOIN person_search_key b ON b.person_id = a.person_id AND a.key COLLATE "C" < b.key COLLATE "C";

CREATE INDEX person_search_pair_keys_name_idx
    ON person_search_pair (first_key, second_key, display_name, person_id) INCLUDE (visibility);
-- rewriting a person's keys deletes their pairs; so does deleting the person (cascade)
CREATE INDEX person_search_pair_person_idx ON person_search_pair (person_id);
ANALYZE person_search_pair;

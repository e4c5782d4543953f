-- partial_date_earliest and partial_date_latest (V1) were declared STRICT around bodies that are
-- not strict (coalesce, CASE), so the planner could not inline them: every generated column, the
-- detention check and the detention_no_overlap exclusion constraint called a full SQL function,
-- parsed and planned again for each INSERT. A detention insert made about nine such calls, a
-- trial eight; the bulk import of 2,000 rows spent most of its database time there (issue 9,
-- bench/import.sh STATS=1; docs/import.md "Performance").
--
-- The same bodies without STRICT, NULL handled by the body itself, are inlined into every
-- expression that uses them. The answers are the same for every input, NULL included (make_date
-- and split_part are strict, so a NULL p still gives NULL), so stored generated values, the
-- expression indexes and the constraints stay valid as they are.
CREATE OR REPLACE FUNCTION partial_date_earliest(p text) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT make_date(split_part(p, '-', 1)::int,
                     coalesce(nullif(split_part(p, '-', 2), '')::int, 1),
                     coalesce(nullif(split_part(p, '-', 3), '')::int, 1))
$$;

CREATE OR REPLACE FUNCTION partial_date_latest(p text) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE length(p)
        WHEN 4 THEN make_date(p::int, 12, 31)
        WHEN 7 THEN (make_date(split_part(p, '-', 1)::int, split_part(p, '-', 2)::int, 1)
                     + interval '1 month' - interval '1 day')::date
        ELSE make_date(split_part(p, '-', 1)::int, split_part(p, '-', 2)::int, split_part(p, '-', 3)::int)
    END
$$;

-- partial_date_precision (V7) was declared STRICT around a body that is not strict (CASE ... ELSE
-- 'DAY' answers 'DAY' for NULL), so the planner could not inline it: every export row paid a
-- full SQL-function call per partial date (issue 13, "Export"; bench/export.sh BREAKDOWN=1).
-- The same function without STRICT, NULL handled in the body, is inlined into the query; the
-- answers are the same for every input, NULL included.
CREATE OR REPLACE FUNCTION partial_date_precision(p text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p IS NULL THEN NULL WHEN length(p) = 4 THEN 'YEAR' WHEN length(p) = 7 THEN 'MONTH' ELSE 'DAY' END
$$;

-- Helpers of the CSV exports (org.kartoteka.export, docs/exports.md). IMMUTABLE: same input,
-- same text, whatever the session's time zone or date style, so that exports are reproducible.

-- Neutralises a cell a spreadsheet would run as a formula: text beginning with =, +, -, @, tab or
-- carriage return gets a leading single quote. Applied to free-text columns only.
CREATE FUNCTION csv_safe(v text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN v ~ '^[=+@\t\r-]' THEN '''' || v ELSE v END
$$;

-- An instant as ISO 8601 in UTC with microseconds: 2024-05-01T10:00:00.000000Z.
CREATE FUNCTION csv_time(t timestamptz) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

-- The precision of a partial date's ISO text: YEAR, MONTH or DAY.
CREATE FUNCTION partial_date_precision(p text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE length(p) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END
$$;

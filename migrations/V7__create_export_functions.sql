-- Helpers of the CSV exports (org.kartoteka.export, docs/exports.md): same input, same text, so
-- that exports are reproducible.

-- Neutralises a cell a spreadsheet would run as a formula: text beginning with =, +, -, @, tab or
-- carriage return gets a leading single quote. Applied to free-text columns only.
CREATE FUNCTION csv_safe(v text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN ascii(v) IN (9, 13, 43, 45, 61, 64) THEN '''' || v ELSE v END
$$;

-- An instant as ISO 8601 in UTC: 2024-05-01T10:00:00.123456Z, trailing zeros of the fraction
-- dropped (10:00:00Z, 10:00:00.5Z), as PostgreSQL prints timestamps in DateStyle ISO, which the
-- export transaction sets. A cast, not to_char: it runs twice on every row of every export.
CREATE FUNCTION csv_time(t timestamptz) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT replace((t AT TIME ZONE 'UTC')::text, ' ', 'T') || 'Z'
$$;

-- The precision of a partial date's ISO text: YEAR, MONTH or DAY.
CREATE FUNCTION partial_date_precision(p text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE length(p) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END
$$;

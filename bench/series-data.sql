-- Benchmark data for bench/series.sh: 100,000 persons (tagged bench-series) with the detention and
-- recognition history a five-year series reads. Deterministic (setseed). Loaded straight into the
-- database by psql; the service's tables of V1/V3 are used as they are.
--   about 60% of the persons have a PRETRIAL detention starting between 2020-08 and 2025-06,
--   half of those a SENTENCE that takes over on the day the pretrial one ends,
--   one in ten start dates known only to the month, about 25% are released,
--   70% of the detained are recognised (by one or two organisations), 5% of those revoked,
--   and a further 20% have an administrative arrest (never counted).
-- The number of persons is the psql variable persons (default 100000; bench/series.sh passes
-- SERIES_PERSONS): psql -v persons=1000000 -f bench/series-data.sql.
\if :{?persons}
\else
\set persons 100000
\endif
SELECT setseed(0.2020);

INSERT INTO person (id, version, created_at, updated_at, display_name, gender, region, visibility, tags)
SELECT gen_random_uuid(), 0, now(), now(), 'Bench person ' || n,
       (ARRAY['FEMALE', 'MALE', 'UNKNOWN'])[1 + (n % 3)],
       (ARRAY['Minsk', 'Minsk Region', 'Brest Region', 'Vitebsk Region', 'Gomel Region', 'Grodno Region',
              'Mogilev Region'])[1 + (n % 7)],
       (ARRAY['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'])[1 + (n % 3)], ARRAY['bench-series']
FROM generate_series(1, :persons) AS n;

CREATE TEMP TABLE bench_plan AS
SELECT p.id AS person_id,
       date '2020-08-01' + (random() * 1790)::int AS start_day,
       (random() * 1500)::int + 20 AS pretrial_days,
       random() < 0.5 AS sentenced,
       (random() * 2500)::int + 30 AS sentence_days,
       random() < 0.1 AS month_only,
       random() AS r
FROM person p WHERE 'bench-series' = ANY (p.tags) AND random() < 0.6;

INSERT INTO detention (id, version, created_at, updated_at, person_id, kind, started_on, ended_on, end_reason,
                       facility, region)
SELECT gen_random_uuid(), 0, now(), now(), person_id, 'PRETRIAL',
       CASE WHEN month_only THEN to_char(start_day, 'YYYY-MM') ELSE to_char(start_day, 'YYYY-MM-DD') END,
       CASE WHEN start_day + pretrial_days < date '2025-12-31' AND (sentenced OR r < 0.5)
            THEN to_char(start_day + pretrial_days, 'YYYY-MM-DD') END,
       CASE WHEN start_day + pretrial_days < date '2025-12-31' AND (sentenced OR r < 0.5)
            THEN CASE WHEN sentenced THEN 'SENTENCE_CHANGED' ELSE 'UNKNOWN' END END,
       'SIZO-' || (1 + (r * 8)::int), 'Minsk'
FROM bench_plan;

INSERT INTO detention (id, version, created_at, updated_at, person_id, kind, started_on, ended_on, end_reason,
                       facility, region)
SELECT gen_random_uuid(), 0, now(), now(), person_id, 'SENTENCE',
       to_char(start_day + pretrial_days, 'YYYY-MM-DD'),
       CASE WHEN start_day + pretrial_days + sentence_days < date '2025-12-31'
            THEN to_char(start_day + pretrial_days + sentence_days, 'YYYY-MM-DD') END,
       CASE WHEN start_day + pretrial_days + sentence_days < date '2025-12-31' THEN 'SENTENCE_SERVED' END,
       'Colony ' || (1 + (r * 20)::int), 'Gomel Region'
FROM bench_plan WHERE sentenced AND start_day + pretrial_days < date '2025-12-31';

INSERT INTO recognition (id, version, created_at, updated_at, person_id, recognized_by, recognized_on, revoked_on)
SELECT gen_random_uuid(), 0, now(), now(), person_id, 'Viasna',
       to_char(start_day + 10 + (r * 200)::int, 'YYYY-MM-DD'),
       CASE WHEN r < 0.05 THEN to_char(start_day + 400, 'YYYY-MM') END
FROM bench_plan WHERE r < 0.7 AND start_day + 10 + (r * 200)::int < date '2025-12-31';

INSERT INTO recognition (id, version, created_at, updated_at, person_id, recognized_by, recognized_on)
SELECT gen_random_uuid(), 0, now(), now(), person_id, 'Another tracker', to_char(start_day + 300, 'YYYY-MM')
FROM bench_plan WHERE r < 0.2 AND start_day + 300 < date '2025-12-01';

INSERT INTO detention (id, version, created_at, updated_at, person_id, kind, started_on, ended_on, end_reason)
SELECT gen_random_uuid(), 0, now(), now(), p.id, 'ADMINISTRATIVE_ARREST', to_char(d, 'YYYY-MM-DD'),
       to_char(d + 15, 'YYYY-MM-DD'), 'SENTENCE_SERVED'
FROM (SELECT id, date '2020-08-09' + (random() * 1700)::int AS d FROM person
      WHERE 'bench-series' = ANY (tags) AND NOT EXISTS (SELECT 1 FROM bench_plan b WHERE b.person_id = person.id)
        AND random() < 0.5) p;

ANALYZE person;
ANALYZE detention;
ANALYZE recognition;
SELECT (SELECT count(*) FROM person WHERE 'bench-series' = ANY (tags)) AS persons,
       (SELECT count(*) FROM detention) AS detentions, (SELECT count(*) FROM recognition) AS recognitions;

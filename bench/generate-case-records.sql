-- Case records for the benchmark persons (bench/generate.sh runs this once the V3 tables exist):
-- about 100,000 cases, 150,000 charges, 60,000 trials, 250,000 detentions and 60,000
-- recognitions, each with one citation of the benchmark source. Detentions of one person follow
-- each other without overlapping (240-day slots); about a third of persons are still held.
\set ON_ERROR_STOP on
BEGIN;
SELECT setseed(0.2020) \gset

CREATE TEMP TABLE bench_person ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY p.person_id) AS n, p.person_id AS id, p.source_id
FROM person_citation p
WHERE p.locator LIKE 'benchmark row %';

CREATE TEMP TABLE bench_case ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, b.id AS person_id, b.n, b.source_id FROM bench_person b;

INSERT INTO case_file (id, version, created_at, updated_at, person_id, reference, group_name, opened_on,
                       authority, status)
SELECT c.id, 0, now(), now(), c.person_id, 'BENCH-' || c.n,
       CASE WHEN c.n % 50 = 0 THEN 'railway partisans' WHEN c.n % 37 = 0 THEN 'Viasna' END,
       to_char(date '2020-08-09' + (random() * 700)::int, 'YYYY-MM-DD'),
       (ARRAY['Investigative Committee', 'KGB', 'Prosecutor''s Office', 'GUBOPiK'])[1 + (random() * 3)::int],
       (ARRAY['INVESTIGATION', 'TRIAL', 'SENTENCED', 'SENTENCED', 'CLOSED'])[1 + (random() * 4)::int]
FROM bench_case c;
INSERT INTO case_file_citation (case_file_id, position, source_id, locator)
SELECT c.id, 0, c.source_id, 'benchmark case ' || c.n FROM bench_case c;

CREATE TEMP TABLE bench_charge ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, c.id AS case_id, c.source_id,
       (SELECT a.id FROM legal_article a ORDER BY random() + c.n * 0 LIMIT 1) AS article_id
FROM bench_case c, generate_series(1, 2) g
WHERE g = 1 OR c.n % 2 = 0;
INSERT INTO charge (id, version, created_at, updated_at, case_id, article_id, modifier, charged_on, outcome)
SELECT h.id, 0, now(), now(), h.case_id, h.article_id, 'NONE',
       to_char(date '2020-09-01' + (random() * 600)::int, 'YYYY-MM-DD'),
       (ARRAY['PENDING', 'CONVICTED', 'CONVICTED', 'DROPPED'])[1 + (random() * 3)::int]
FROM bench_charge h;
INSERT INTO charge_citation (charge_id, position, source_id, locator)
SELECT h.id, 0, h.source_id, 'benchmark charge' FROM bench_charge h;

CREATE TEMP TABLE bench_trial ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, c.id AS case_id, c.source_id FROM bench_case c WHERE c.n % 5 < 3;
INSERT INTO trial (id, version, created_at, updated_at, case_id, court, started_on, verdict_on, verdict,
                   sentence_type, sentence_term_days)
SELECT t.id, 0, now(), now(), t.case_id, 'Minsk City Court', '2021-06', '2021-09', 'CONVICTED', 'PENAL_COLONY',
       365 * (1 + (random() * 9)::int)
FROM bench_trial t;
INSERT INTO trial_citation (trial_id, position, source_id, locator)
SELECT t.id, 0, t.source_id, 'benchmark trial' FROM bench_trial t;

-- 2 or 3 detentions a person: slot k starts 240 k days after 2020-08-09 (plus up to 30 days) and
-- lasts 3 to 200 days; the last one of every third person has not ended.
CREATE TEMP TABLE bench_detention ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, b.id AS person_id, b.n, k, b.source_id,
       date '2020-08-09' + k * 240 + (random() * 30)::int AS started,
       3 + (random() * 197)::int AS days,
       k = CASE WHEN b.n % 2 = 0 THEN 2 ELSE 1 END AND b.n % 3 = 0 AS ongoing
FROM bench_person b, generate_series(0, 2) k
WHERE k < 2 OR b.n % 2 = 0;
INSERT INTO detention (id, version, created_at, updated_at, person_id, case_id, kind, started_on, ended_on,
                       end_reason, facility, region)
SELECT d.id, 0, now(), now(), d.person_id, CASE WHEN d.k > 0 THEN c.id END,
       CASE WHEN d.k = 0 THEN 'ADMINISTRATIVE_ARREST'
            ELSE (ARRAY['PRETRIAL', 'SENTENCE', 'SENTENCE', 'HOUSE_ARREST', 'OPEN_FACILITY'])[1 + (random() * 4)::int] END,
       to_char(d.started, 'YYYY-MM-DD'),
       CASE WHEN NOT d.ongoing THEN to_char(d.started + d.days, 'YYYY-MM-DD') END,
       CASE WHEN NOT d.ongoing THEN 'SENTENCE_SERVED' END,
       (ARRAY['Akrestsina', 'SIZO-1 Minsk', 'Penal colony No. 2', 'Penal colony No. 17', 'SIZO-3 Gomel'])[1 + (random() * 4)::int],
       (ARRAY['Minsk', 'Minsk Region', 'Brest Region', 'Vitebsk Region', 'Gomel Region', 'Grodno Region',
              'Mogilev Region'])[1 + (random() * 6)::int]
FROM bench_detention d JOIN bench_case c ON c.person_id = d.person_id;
INSERT INTO detention_citation (detention_id, position, source_id, locator)
SELECT d.id, 0, d.source_id, 'benchmark detention' FROM bench_detention d;

CREATE TEMP TABLE bench_recognition ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, b.id AS person_id, b.source_id FROM bench_person b WHERE b.n % 5 < 3;
INSERT INTO recognition (id, version, created_at, updated_at, person_id, recognized_by, recognized_on, grounds)
SELECT r.id, 0, now(), now(), r.person_id, 'Viasna', to_char(date '2020-10-01' + (random() * 500)::int, 'YYYY-MM-DD'),
       ARRAY['PACE Resolution 1900 (2012), 3.b']
FROM bench_recognition r;
INSERT INTO recognition_citation (recognition_id, position, source_id, locator)
SELECT r.id, 0, r.source_id, 'benchmark recognition' FROM bench_recognition r;

COMMIT;
ANALYZE case_file; ANALYZE charge; ANALYZE trial; ANALYZE detention; ANALYZE recognition;
SELECT (SELECT count(*) FROM case_file) AS cases, (SELECT count(*) FROM charge) AS charges,
       (SELECT count(*) FROM trial) AS trials, (SELECT count(*) FROM detention) AS detentions,
       (SELECT count(*) FROM recognition) AS recognitions;

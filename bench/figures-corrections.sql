-- One round of corrections on the bench data set of bench/series-data.sql, for bench/figures.sh:
-- every bench person, detention and recognition is written once more (about 250,000 audit
-- events a round), and a few records change what they count: 3% of the open detentions get a
-- release date found later, 3% of the recognitions are revoked.
UPDATE person SET occupation = 'bench round ' || (coalesce(substring(occupation from '\d+$')::int, 0) + 1),
                  version = version + 1, updated_at = now()
WHERE 'bench-series' = ANY (tags);

UPDATE detention d SET facility = coalesce(d.facility, '') || '.', version = d.version + 1, updated_at = now(),
       ended_on = CASE WHEN d.ended_on IS NULL AND random() < 0.03 AND d.started_latest + 100 < current_date
                       THEN to_char(d.started_latest + 100, 'YYYY-MM-DD') ELSE d.ended_on END
FROM person p WHERE p.id = d.person_id AND 'bench-series' = ANY (p.tags);

UPDATE recognition r SET version = r.version + 1, updated_at = now(),
       revoked_on = CASE WHEN r.revoked_on IS NULL AND random() < 0.03 AND r.recognized_latest + 200 < current_date
                         THEN to_char(r.recognized_latest + 200, 'YYYY-MM-DD') ELSE r.revoked_on END
FROM person p WHERE p.id = r.person_id AND 'bench-series' = ANY (p.tags);

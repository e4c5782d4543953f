-- The quote and note of a citation can name the person it is about. V6 redacts them for the
-- citations of a CONFIDENTIAL person; this extends that to the citations of their facts (cases,
-- charges, trials, detentions, recognitions), found through the audit trail itself so that the
-- rule holds for deleted facts too.

-- The person a fact belongs to, from the fact's own audit events (directly, or through its case).
CREATE FUNCTION audit_fact_person(fact_table text, fact_id uuid) RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT coalesce(
        (SELECT (coalesce(f.after, f.before) ->> 'person_id')::uuid
           FROM audit_event f
          WHERE f.entity_id = fact_id AND f.entity = fact_table AND coalesce(f.after, f.before) ? 'person_id'
          ORDER BY f.id LIMIT 1),
        (SELECT (coalesce(c.after, c.before) ->> 'person_id')::uuid
           FROM audit_event f
           JOIN audit_event c ON c.entity = 'case_file'
                              AND c.entity_id = (coalesce(f.after, f.before) ->> 'case_id')::uuid
          WHERE f.entity_id = fact_id AND f.entity = fact_table AND coalesce(f.after, f.before) ? 'case_id'
          ORDER BY c.id LIMIT 1))
$$;

-- Whether an audit event's documents must be redacted for callers who may not see CONFIDENTIAL persons.
CREATE FUNCTION audit_names_confidential(entity text, entity_id uuid) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN entity IN ('person', 'person_name', 'person_external_id', 'person_citation', 'person_search_key')
            THEN person_ever_confidential(entity_id)
        WHEN entity IN ('case_file_citation', 'charge_citation', 'trial_citation', 'detention_citation',
                        'recognition_citation')
            THEN coalesce(person_ever_confidential(
                     audit_fact_person(left(entity, length(entity) - length('_citation')), entity_id)), false)
        ELSE false
    END
$$;

CREATE OR REPLACE FUNCTION audit_redact(entity text, doc jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN doc IS NULL THEN NULL
        WHEN entity = 'person' THEN doc || jsonb_build_object('display_name', NULL, 'description', NULL,
                                                            'occupation', NULL, 'tags', NULL)
        WHEN entity = 'person_name' THEN doc || jsonb_build_object('value', NULL)
        WHEN entity = 'person_external_id' THEN doc || jsonb_build_object('value', NULL)
        WHEN entity LIKE '%\_citation' THEN doc || jsonb_build_object('quote', NULL, 'note', NULL)
        WHEN entity = 'person_search_key' THEN doc - ARRAY(SELECT k FROM jsonb_object_keys(doc) k
                                                            WHERE k NOT IN ('person_id', 'id'))
        ELSE doc
    END
$$;

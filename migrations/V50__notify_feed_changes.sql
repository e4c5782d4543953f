-- Newsroom feeds (/feed.atom, /feed.json): a write to any table a feed entry is made of notifies
-- the channel kartoteka_feed when it commits (one notification per statement; PostgreSQL folds
-- duplicates within a transaction), whichever instance made it. Every instance listens
-- (org.kartoteka.feed.FeedCache) and drops its rendered feeds, so that the next request sees the
-- change and gets a new ETag.
CREATE FUNCTION notify_feed_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('kartoteka_feed', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    fed text;
BEGIN
    FOREACH fed IN ARRAY ARRAY['person', 'source', 'metric', 'observation', 'observation_citation', 'case_file',
        'trial', 'trial_citation', 'detention', 'detention_citation', 'recognition', 'recognition_citation']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
            ' FOR EACH STATEMENT EXECUTE FUNCTION notify_feed_changed()', fed || '_feed_changed', fed);
    END LOOP;
END
$$;

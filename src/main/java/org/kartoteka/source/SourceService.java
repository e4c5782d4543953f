package org.kartoteka.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.kartoteka.common.ETags;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.Keyset.SortKey;
import org.kartoteka.common.Page;
import org.kartoteka.common.PageRequest;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.Visibility;
import org.kartoteka.security.Caller;
import java.time.Instant;
import org.kartoteka.asknownon.PastEntities;

/** Creates, reads, changes and deletes sources. */
@ApplicationScoped
public class SourceService {

    @Inject
    PastEntities pastEntities;

    @Inject
    Caller caller;

    private static final List<SortKey<Source>> SORT_KEYS = List.of(
            SortKey.text("title", "e.title", s -> s.title),
            SortKey.instant("createdAt", "e.createdAt", s -> s.createdAt),
            SortKey.instant("updatedAt", "e.updatedAt", s -> s.updatedAt));

    @Transactional
    public Source create(SourceInput input) {
        requireSourceVisibility(input);
        Source source = new Source();
        input.copyTo(source);
        source.persistAndFlush();
        return source;
    }

    /**
     * As {@link #get(UUID)}; with {@code asKnownOn}, as it stood then, if the caller may see the
     * source by its visibility today (a source deleted since by the visibility it had then).
     */
    public Source get(UUID id, Instant asKnownOn) {
        if (asKnownOn == null) {
            return get(id);
        }
        Source today = Source.findById(id);
        return pastEntities.require(Source.class, "source", id, asKnownOn,
                record -> caller.maySeeSource(today != null ? today.visibility : record.visibility));
    }

    /** The source, or a 404 when there is none or the caller may not see it: the two answers are the same. */
    public Source get(UUID id) {
        Source source = Source.findById(id);
        if (source == null || !caller.maySeeSource(source.visibility)) {
            throw ProblemException.notFound("source", id);
        }
        return source;
    }

    public Page<Source> list(SourceFilter filter, PageRequest page) {
        Keyset<Source> query = new Keyset<>(Source.class, "title", SORT_KEYS);
        filter.applyTo(query);
        query.where("e.visibility in :visibleSources", "visibleSources", caller.visibleSources());
        return query.page(Source.getEntityManager(), page);
    }

    @Transactional
    public Source update(UUID id, String ifMatch, SourceInput input) {
        Source source = get(id);
        ETags.requireMatch(ifMatch, source.version);
        requireSourceVisibility(input);
        input.copyTo(source);
        source.flush();
        return source;
    }

    @Transactional
    public void delete(UUID id) {
        Source source = get(id);
        source.delete();
        source.flush();
    }

    private static void requireSourceVisibility(SourceInput input) {
        if (input.visibility() == Visibility.CONFIDENTIAL) {
            throw ProblemException.invalid("visibility", "a source is PUBLIC or RESTRICTED;"
                    + " CONFIDENTIAL applies to persons");
        }
    }
}

package org.kartoteka.source;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.kartoteka.common.Citation;
import org.kartoteka.common.CitationInput;
import org.kartoteka.common.Visibility;
import org.kartoteka.security.Caller;

/**
 * How the caller of this request reads a citation. A citation of a RESTRICTED source tells every
 * reader that a restricted source supports the fact ({@code sourceRestricted}), but its locator and
 * quote go only to callers who may see the source: a quote from a confidential interview can
 * identify the interviewee. The ids of the restricted sources are read once a request.
 */
@Unremovable // looked up from CitationInput.of, never injected
@RequestScoped
public class CitationReader {

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    private Set<UUID> restricted;

    /**
     * The citation as the current caller may read it. Every view that carries citations goes through
     * here (via {@link CitationInput#of}); outside a request (trusted in-process work) it is whole.
     */
    public static CitationInput read(Citation c) {
        ManagedContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return new CitationInput(c.sourceId, c.locator, c.quote, c.note, null);
        }
        return Arc.container().instance(CitationReader.class).get().forCaller(c);
    }

    CitationInput forCaller(Citation c) {
        boolean sourceRestricted = restrictedSources().contains(c.sourceId);
        if (sourceRestricted && !caller.maySeeSource(Visibility.RESTRICTED)) {
            return new CitationInput(c.sourceId, null, null, c.note, true);
        }
        return new CitationInput(c.sourceId, c.locator, c.quote, c.note, sourceRestricted);
    }

    private Set<UUID> restrictedSources() {
        if (restricted == null) {
            restricted = new HashSet<>(em.createQuery("select s.id from Source s where s.visibility = :restricted",
                    UUID.class).setParameter("restricted", Visibility.RESTRICTED).getResultList());
        }
        return restricted;
    }
}

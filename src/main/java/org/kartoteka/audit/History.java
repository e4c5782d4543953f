package org.kartoteka.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.kartoteka.security.Caller;

/**
 * {@code GET /api/v1/{collection}/{id}/history}: each collection's resource declares the method
 * (one class owns each path prefix in Quarkus REST) and delegates here.
 */
@ApplicationScoped
public class History {

    @Inject
    AuditService audit;

    @Inject
    AuditedCollections collections;

    @Inject
    Caller caller;

    /**
     * Every event of the record and of its child rows, oldest first: 401 for anonymous callers,
     * 404 when the caller may not see the record (exactly as reading it would answer).
     */
    public List<AuditEventView> of(String collection, UUID id) {
        StaffAccess.requireSignedIn(caller);
        AuditedCollections.Subject subject = collections.all().get(collection);
        if (subject == null) {
            throw new IllegalArgumentException("No audited collection " + collection);
        }
        subject.requireVisible().accept(id);
        return audit.history(id, subject.tables());
    }
}

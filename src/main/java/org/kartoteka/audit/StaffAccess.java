package org.kartoteka.audit;

import org.kartoteka.common.ProblemException;
import org.kartoteka.common.ProblemType;
import org.kartoteka.security.Caller;
import org.kartoteka.security.Role;

/** The role checks of the audit trail, histories and exports (DESIGN.md section 6). */
public final class StaffAccess {

    private StaffAccess() {}

    /** The audit trail and the exports: auditors and admins; anonymous 401, other roles 403. */
    public static void requireAuditorOrAdmin(Caller caller) {
        Role role = caller.role();
        requireSignedIn(caller);
        if (role != Role.AUDITOR && role != Role.ADMIN) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the auditor and admin roles may read the audit"
                    + " trail and the exports; ask an admin for an auditor token.");
        }
    }

    /** Histories: any signed-in caller (who may then see the record). */
    public static void requireSignedIn(Caller caller) {
        if (caller.role() == Role.ANONYMOUS) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "Send an API token (Authorization: Bearer ...):"
                    + " histories, the audit trail and exports are not public.");
        }
    }
}

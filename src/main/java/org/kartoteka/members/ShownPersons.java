package org.kartoteka.members;

import java.util.List;
import org.kartoteka.asknownon.PastRecords;
import org.kartoteka.security.Caller;

/**
 * Which counted persons a caller may read, in SQL: by the person's visibility today (a person
 * since deleted by the visibility they had last), whatever record tables the statement reads,
 * since the answer to a past state is still given to today's caller.
 */
public final class ShownPersons {

    private ShownPersons() {}

    /** A condition on a person id expression; parameter {@code :visible}, see {@link #visible}. */
    public static String condition(String personId) {
        return visibility(personId, "(select v.visibility from public.person v where v.id = " + personId + ")")
                + " in (:visible)";
    }

    /**
     * The visibility of the person {@code personId} given an expression for today's ({@code today},
     * e.g. the column of a left join with {@code public.person}, null for a person deleted since):
     * that one, or for a person deleted since, the one they had last, looked up only for them.
     */
    public static String visibility(String personId, String today) {
        return "coalesce(" + today + ", (select coalesce(a.after, a.before) ->> 'visibility' from audit_event a"
                + " where a.entity = 'person' and a.entity_id = " + personId + " and a.action <> 'MERGE'"
                + " order by a.id desc limit 1))";
    }

    /**
     * A person's display name, as the records stood at {@code :asKnownOn} when {@code past} (read
     * from the person's last event, so that no past person table is rebuilt for a page of names).
     */
    public static String name(String personId, boolean past) {
        if (!past) {
            return "(select p.display_name from public.person p where p.id = " + personId + ")";
        }
        return "(select a.after ->> 'display_name' from audit_event a where a.entity = 'person' and a.entity_id = "
                + personId + " and a.action <> 'MERGE' and " + PastRecords.happened("a") + " order by a.id desc limit 1)";
    }

    public static List<String> visible(Caller caller) {
        return caller.visiblePersons().stream().map(Enum::name).toList();
    }
}

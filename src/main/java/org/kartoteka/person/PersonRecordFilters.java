package org.kartoteka.person;

import static org.kartoteka.common.QueryParams.enumValue;
import static org.kartoteka.common.QueryParams.present;

import java.util.Locale;
import java.util.Map;
import org.kartoteka.casefile.ArticleParam;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.ProblemException;
import org.kartoteka.detention.DetentionKind;

/**
 * The person filters that look at the person's case records: {@code article}, {@code status},
 * {@code detentionKind} and {@code facility}. "Ongoing" means no end recorded and the end not marked
 * unknown; "released" means a recorded end and no detention that is ongoing or of unknown end.
 */
final class PersonRecordFilters {

    private static final String ONGOING_DETENTION = "exists (select 1 from Detention d where d.personId = e.id"
            + " and d.endedOn is null and d.endUnknown = false and d.kind <> :administrative)";

    private PersonRecordFilters() {}

    static void apply(Keyset<Person> query, String article, String status, String detentionKind, String facility) {
        if (present(article)) {
            ArticleParam param = ArticleParam.parse(article);
            query.where("exists (select 1 from Charge ch, CaseFile cf where ch.caseId = cf.id and cf.personId = e.id"
                    + " and ch.article.number = :articleNumber"
                    + (param.code() == null ? "" : " and ch.article.code = :articleCode") + ")", param.parameters());
        }
        if (present(status)) {
            status(query, status);
        }
        if (present(detentionKind)) {
            query.where("exists (select 1 from Detention dk where dk.personId = e.id and dk.kind = :detentionKind)",
                    "detentionKind", enumValue("detentionKind", detentionKind, DetentionKind.class));
        }
        if (present(facility)) {
            query.where("exists (select 1 from Detention df where df.personId = e.id and lower(df.facility) = :facility)",
                    "facility", facility.strip().toLowerCase(Locale.ROOT));
        }
    }

    private static void status(Keyset<Person> query, String status) {
        switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "detained-now" -> query.where(ONGOING_DETENTION, "administrative", DetentionKind.ADMINISTRATIVE_ARREST);
            case "released" -> query.where("exists (select 1 from Detention dr where dr.personId = e.id"
                    + " and dr.endedOn is not null)"
                    + " and not exists (select 1 from Detention dn where dn.personId = e.id and dn.endedOn is null)",
                    Map.of());
            case "recognised", "recognized" -> query.where("exists (select 1 from Recognition r where"
                    + " r.personId = e.id and r.revokedOn is null)");
            default -> throw ProblemException.invalid("status", "'" + status + "' is not one of detained-now,"
                    + " released, recognised");
        }
    }
}

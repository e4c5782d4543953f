package org.kartoteka.person;

import static org.kartoteka.common.QueryParams.enumValue;
import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.QueryParams;
import org.kartoteka.common.Visibility;

/** The filters of {@code GET /api/v1/persons}. */
public class PersonFilter {

    @QueryParam("q")
    @Parameter(description = "name search across scripts and transliterations (Tsikhanouskaya, Cichanoŭskaja,"
            + " Ціханоўская, Тихановская): every word must match a word of one of the person's names; best"
            + " match first, at most 500 matches (docs/search.md)")
    public String q;

    @QueryParam("gender")
    @Parameter(description = "FEMALE, MALE, OTHER or UNKNOWN")
    public String gender;

    @QueryParam("region")
    @Parameter(description = "exact region, any case")
    public String region;

    @QueryParam("tag")
    public String tag;

    @QueryParam("externalId")
    @Parameter(description = "scheme:value, e.g. viasna:1234")
    public String externalId;

    @QueryParam("visibility")
    @Parameter(description = "PUBLIC, RESTRICTED or CONFIDENTIAL (only those the caller may see)")
    public String visibility;

    @QueryParam("bornFrom")
    @Parameter(description = "born on or after (year, month or day)")
    public String bornFrom;

    @QueryParam("bornTo")
    @Parameter(description = "born on or before (year, month or day)")
    public String bornTo;

    @QueryParam("article")
    @Parameter(description = "charged under this article in any case: a number such as 342, or code:number such as"
            + " BY-CC:342 (any part)")
    public String article;

    @QueryParam("status")
    @Parameter(description = "detained-now (in an ongoing detention other than an administrative arrest), released"
            + " (had a detention, none ongoing) or recognised (holds an unrevoked recognition)")
    public String status;

    @QueryParam("detentionKind")
    @Parameter(description = "had a detention of this kind: ADMINISTRATIVE_ARREST, PRETRIAL, SENTENCE, OPEN_FACILITY,"
            + " HOUSE_ARREST, PSYCHIATRIC or OTHER")
    public String detentionKind;

    @QueryParam("facility")
    @Parameter(description = "had a detention in this facility (exact, any case)")
    public String facility;

    void applyTo(Keyset<Person> query) {
        // q is not a filter condition: NameSearch ranks the matches (PersonService.list).
        if (present(gender)) {
            query.where("e.gender = :gender", "gender", enumValue("gender", gender, Gender.class));
        }
        if (present(region)) {
            query.where("lower(e.region) = :region", "region", region.strip().toLowerCase(Locale.ROOT));
        }
        if (present(tag)) {
            query.where("array_contains(e.tags, :tag)", "tag", tag.strip());
        }
        if (present(externalId)) {
            int colon = externalId.indexOf(':');
            if (colon <= 0 || colon == externalId.length() - 1) {
                throw ProblemException.invalid("externalId", "write scheme:value, e.g. viasna:1234");
            }
            query.where("exists (select 1 from Person p join p.externalIds x where p = e and x.scheme = :scheme"
                    + " and x.value = :xvalue)", java.util.Map.of("scheme", externalId.substring(0, colon).strip(),
                    "xvalue", externalId.substring(colon + 1).strip()));
        }
        if (present(visibility)) {
            query.where("e.visibility = :visibility", "visibility", enumValue("visibility", visibility, Visibility.class));
        }
        PersonRecordFilters.apply(query, article, status, detentionKind, facility);
        if (present(bornFrom)) {
            query.where("e.birthEarliest is not null and e.birthLatest >= :bornFrom", "bornFrom",
                    QueryParams.date("bornFrom", bornFrom).earliest());
        }
        if (present(bornTo)) {
            query.where("e.birthEarliest <= :bornTo", "bornTo", QueryParams.date("bornTo", bornTo).latest());
        }
    }
}

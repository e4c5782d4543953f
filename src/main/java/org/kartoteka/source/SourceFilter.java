package org.kartoteka.source;

import static org.kartoteka.common.QueryParams.enumValue;
import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.common.Keyset;
import org.kartoteka.common.QueryParams;
import org.kartoteka.common.Visibility;

/** The filters of {@code GET /api/v1/sources}. */
public class SourceFilter {

    @QueryParam("q")
    @Parameter(description = "words in the title or publisher, any case")
    public String q;

    @QueryParam("kind")
    @Parameter(description = "REPORT, NEWS, STATEMENT, COURT_RECORD, OFFICIAL, SOCIAL_MEDIA, INTERVIEW or OTHER")
    public String kind;

    @QueryParam("publisher")
    @Parameter(description = "exact publisher, any case")
    public String publisher;

    @QueryParam("reliability")
    @Parameter(description = "CONFIRMED, PROBABLE, POSSIBLE, DOUBTFUL or UNKNOWN")
    public String reliability;

    @QueryParam("language")
    public String language;

    @QueryParam("visibility")
    @Parameter(description = "PUBLIC or RESTRICTED")
    public String visibility;

    @QueryParam("from")
    @Parameter(description = "published on or after (year, month or day; a partial publishedOn matches when it may fall in range)")
    public String from;

    @QueryParam("to")
    @Parameter(description = "published on or before (year, month or day)")
    public String to;

    void applyTo(Keyset<Source> query) {
        if (present(q)) {
            query.where("(lower(e.title) like :q or lower(e.publisher) like :q)", "q",
                    "%" + q.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (present(kind)) {
            query.where("e.kind = :kind", "kind", enumValue("kind", kind, SourceKind.class));
        }
        if (present(publisher)) {
            query.where("lower(e.publisher) = :publisher", "publisher", publisher.strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (present(reliability)) {
            query.where("e.reliability = :reliability", "reliability", enumValue("reliability", reliability, Reliability.class));
        }
        if (present(language)) {
            query.where("e.language = :language", "language", language.strip());
        }
        if (present(visibility)) {
            query.where("e.visibility = :visibility", "visibility", enumValue("visibility", visibility, Visibility.class));
        }
        QueryParams.dateRange(query, "published", from, to);
    }
}

package org.kartoteka.feed;

import static org.kartoteka.common.QueryParams.enumValue;
import static org.kartoteka.common.QueryParams.present;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kartoteka.publiccount.CountText;

/** The parameters of the feeds, checked: a wrong value is a 422 naming it, never a silent default. */
public class FeedRequest {

    @QueryParam("lang")
    @Parameter(description = "language of titles and texts: en (default), be or ru")
    public String lang;

    @QueryParam("metric")
    @Parameter(description = "only the reported figures of this metric", example = "political-prisoners")
    public String metric;

    @QueryParam("kind")
    @Parameter(description = "only events of this kind: RECOGNITION, RELEASE, VERDICT or FIGURE")
    public String kind;

    String lang() {
        return CountText.requireLang("lang", lang);
    }

    FeedKind kind() {
        return present(kind) ? enumValue("kind", kind.strip().toUpperCase(Locale.ROOT), FeedKind.class) : null;
    }

    /** The metric's key as given (the resource checks that it exists), or null. */
    String metric() {
        return present(metric) ? metric.strip() : null;
    }

    /** A key for the rendered feed of these parameters. */
    String key() {
        return lang() + "|" + kind() + "|" + metric();
    }
}

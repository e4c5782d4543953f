package org.kartoteka.publiccount;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kartoteka.common.ApiTags;

/** The embeddable widget: the script, the iframe page and the SVG badge, all served from memory. */
@Path("/")
@Tag(name = ApiTags.PUBLIC)
public class WidgetResource {

    /** The iframe page may be framed by any site; it runs only its own script. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self';"
            + " style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors *";

    @Inject
    PublicCounts counts;

    @GET
    @Path("widget.js")
    @NonBlocking
    @Produces("text/javascript")
    @Operation(summary = "The widget script", description = "Renders every element with data-kartoteka-metric.")
    @APIResponse(responseCode = "200", description = "JavaScript")
    public Response script(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return counts.script().respond(ifNoneMatch).build();
    }

    @GET
    @Path("widget/{metric}")
    @NonBlocking
    @Produces("text/html")
    @Operation(summary = "The widget as a page for an iframe", description = "?lang=en|be|ru&sparkline=true")
    @APIResponse(responseCode = "200", description = "HTML")
    public Response page(@PathParam("metric") String metric, @QueryParam("lang") @DefaultValue("en") String lang,
            @QueryParam("sparkline") @DefaultValue("false") String sparkline,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return counts.page(metric, lang, "true".equalsIgnoreCase(sparkline)).respond(ifNoneMatch)
                .header("Content-Security-Policy", PAGE_POLICY)
                .build();
    }

    @GET
    @Path("badge/{metric}.svg")
    @NonBlocking
    @Produces("image/svg+xml")
    @Operation(summary = "An SVG badge of the public count", description = "?lang=en|be|ru")
    @APIResponse(responseCode = "200", description = "SVG")
    public Response badge(@PathParam("metric") String metric, @QueryParam("lang") @DefaultValue("en") String lang,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return counts.badge(metric, lang).respond(ifNoneMatch)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }
}

package org.kartoteka.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kartoteka.common.ApiTags;
import org.kartoteka.metric.MetricService;
import org.kartoteka.publiccount.Rendered;

/** Feeds for newsrooms (docs/feeds.md): the latest public events as Atom and as JSON Feed. */
@Path("/")
@Tag(name = ApiTags.PUBLIC)
public class FeedResource {

    private static final String DESCRIPTION = "The latest 50 public events, newest change first: recognitions as"
            + " political prisoners, releases, verdicts (PUBLIC persons only) and reported figures, with their"
            + " PUBLIC sources. Strong ETag, 304 on If-None-Match; docs/feeds.md.";

    @Inject
    FeedEvents events;

    @Inject
    FeedCache cache;

    @Inject
    MetricService metrics;

    @Inject
    ObjectMapper json;

    @GET
    @Path("feed.atom")
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(summary = "Events as an Atom feed", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Atom (RFC 4287)",
            content = @Content(mediaType = AtomFeed.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "the feed named in If-None-Match is still current")
    @APIResponse(responseCode = "422", description = "lang, kind or metric is not one there is",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response atom(@BeanParam FeedRequest request, @Context UriInfo uri,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return feed("atom", request, uri, ifNoneMatch);
    }

    @GET
    @Path("feed.json")
    @Produces(JsonFeed.MEDIA_TYPE)
    @Operation(summary = "Events as a JSON Feed", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "JSON Feed 1.1",
            content = @Content(mediaType = JsonFeed.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "304", description = "the feed named in If-None-Match is still current")
    @APIResponse(responseCode = "422", description = "lang, kind or metric is not one there is",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response json(@BeanParam FeedRequest request, @Context UriInfo uri,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return feed("json", request, uri, ifNoneMatch);
    }

    private Response feed(String format, FeedRequest request, UriInfo uri, String ifNoneMatch) {
        String lang = request.lang();
        FeedKind kind = request.kind();
        String metric = request.metric();
        if (metric != null) {
            metrics.byKey("metric", metric);
        }
        FeedLinks links = new FeedLinks(uri.getBaseUri(), "feed." + format, uri.getRequestUri().getRawQuery());
        String key = format + "|" + request.key() + "|" + links.self();
        Rendered feed = cache.get(key, () -> {
            List<FeedEvent> latest = events.latest(kind, metric);
            return format.equals("atom") ? Rendered.of(AtomFeed.write(lang, latest, links), AtomFeed.MEDIA_TYPE
                    + "; charset=UTF-8") : Rendered.of(JsonFeed.write(json, lang, latest, links), JsonFeed.MEDIA_TYPE);
        });
        return feed.respond(ifNoneMatch).build();
    }
}

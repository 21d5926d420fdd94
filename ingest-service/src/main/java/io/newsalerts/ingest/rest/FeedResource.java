package io.newsalerts.ingest.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.newsalerts.edge.problem.Problem;
import io.newsalerts.ingest.api.FeedRequest;
import io.newsalerts.ingest.api.FeedView;
import io.newsalerts.ingest.config.IngestConfig;
import io.newsalerts.ingest.mapping.FeedRequestParser;
import io.newsalerts.ingest.mapping.JsonBodies;
import io.newsalerts.ingest.security.Roles;
import io.newsalerts.ingest.service.FeedService;
import io.newsalerts.ingest.validation.RequestValidator;

/** {@code /feeds}: register, list, show and delete the RSS and Atom feeds whose new entries become articles. */
@Path("/feeds")
@RolesAllowed(Roles.PUBLISHER)
@Tag(name = "Feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private final FeedService feedService;
    private final IngestConfig.Feeds limits;
    private final RequestValidator validator;

    FeedResource(FeedService feedService, IngestConfig config, RequestValidator validator) {
        this.feedService = feedService;
        this.limits = config.feeds();
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a feed",
            description = "The feed is polled from now on, first within seconds; each new entry with a link and a "
                    + "title is ingested as an article on news.articles.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FeedRequest.class)))
    @APIResponse(responseCode = "201", description = "Registered; Location is the feed",
            content = @Content(schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "400", description = "Invalid registration, naming each offending field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A feed with this URL is registered already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(String body, UriInfo uri) {
        FeedView feed = feedService.register(FeedRequestParser.parse(JsonBodies.readObject(body),
                limits.minPollSeconds(), limits.maxPollSeconds(), limits.defaultPollSeconds(), validator));
        URI location = uri.getAbsolutePathBuilder().path(feed.id()).build();
        return Response.created(location).entity(feed).build();
    }

    @GET
    @Operation(summary = "List the feeds", description = "Every registered feed, oldest first.")
    public List<FeedView> list() {
        return feedService.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Show a feed and how its polling goes")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "404", description = "No such feed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeedView get(@PathParam("id") String id) {
        return feedService.find(parseId(id)).orElseThrow(NotFoundException::new);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a feed", description = "Its polling stops; the articles it brought stay.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such feed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") String id) {
        if (!feedService.delete(parseId(id))) {
            throw new NotFoundException();
        }
    }

    /** Feed ids are UUIDs; anything else names no feed. */
    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}

package io.newsalerts.alert.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.newsalerts.alert.service.AtomFeedService;

/**
 * A subscription's alerts as an Atom feed for feed readers, which cannot send an Authorization header: the
 * subscription's feed token in the URL is the credential. Conditional GET ({@code If-None-Match}) answers 304.
 */
@Path("/subscriptions/{id}/feed.atom")
@PermitAll
public class AtomFeedResource {

    static final String ATOM = "application/atom+xml";

    @Inject
    AtomFeedService feeds;

    @GET
    @Produces(ATOM)
    public Response feed(@PathParam("id") String id, @QueryParam("token") String token, @Context Request request,
            @Context UriInfo uri) {
        AtomFeedService.AtomFeed feed = feeds.feed(id, token);
        EntityTag tag = new EntityTag(feed.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(feed.xml(uri.getRequestUri().toString()), ATOM).tag(tag).build();
    }
}

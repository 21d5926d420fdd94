package io.newsalerts.alert.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.api.AlertView;
import io.newsalerts.alert.api.Page;
import io.newsalerts.alert.api.PreviewResult;
import io.newsalerts.alert.api.SubscriptionRequest;
import io.newsalerts.alert.api.SubscriptionView;
import io.newsalerts.alert.security.Caller;
import io.newsalerts.alert.security.Roles;
import io.newsalerts.alert.service.AlertQueryService;
import io.newsalerts.alert.service.BulkSubscriptionService;
import io.newsalerts.alert.service.PreviewService;
import io.newsalerts.alert.service.SubscriptionService;
import io.newsalerts.edge.ndjson.Ndjson;

/** The calling subscriber's subscriptions, their alerts and query previews. */
@Path("/subscriptions")
@RolesAllowed(Roles.SUBSCRIBER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    @Inject
    Caller caller;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    AlertQueryService alerts;

    @Inject
    PreviewService previews;

    @Inject
    BulkSubscriptionService bulk;

    @Inject
    ObjectMapper json;

    @POST
    public Response create(SubscriptionRequest request) {
        SubscriptionView created = subscriptions.create(caller.subscriberId(), request);
        return Response.created(URI.create("/subscriptions/" + created.id())).entity(created).build();
    }

    /** Many subscriptions at once: one JSON subscription per line, one result per line, in order. */
    @POST
    @Consumes(Ndjson.MEDIA_TYPE)
    @Produces(Ndjson.MEDIA_TYPE)
    public String createAll(String body) {
        return Ndjson.write(bulk.createAll(caller.subscriberId(), body), json);
    }

    @GET
    public Page<SubscriptionView> list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        return subscriptions.list(caller.subscriberId(), limit, after);
    }

    @GET
    @Path("/{id}")
    public SubscriptionView get(@PathParam("id") String id) {
        return subscriptions.get(caller.subscriberId(), id);
    }

    @PUT
    @Path("/{id}")
    public SubscriptionView replace(@PathParam("id") String id, SubscriptionRequest request) {
        return subscriptions.replace(caller.subscriberId(), id, request);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        subscriptions.delete(caller.subscriberId(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/alerts")
    public Page<AlertView> alerts(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("after") String after) {
        return alerts.page(caller.subscriberId(), id, limit, after);
    }

    /** A new feed token for the subscription's Atom feed; the old one stops working. */
    @POST
    @Path("/{id}/feed-token")
    public SubscriptionView rotateFeedToken(@PathParam("id") String id) {
        return subscriptions.rotateFeedToken(caller.subscriberId(), id);
    }

    @POST
    @Path("/preview")
    public PreviewResult preview(SubscriptionRequest request) {
        return previews.preview(request);
    }
}

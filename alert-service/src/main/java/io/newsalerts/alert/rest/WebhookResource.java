package io.newsalerts.alert.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.newsalerts.alert.api.DeliveryAttemptView;
import io.newsalerts.alert.api.Page;
import io.newsalerts.alert.api.ReplayRequest;
import io.newsalerts.alert.api.ReplayResult;
import io.newsalerts.alert.api.WebhookRequest;
import io.newsalerts.alert.api.WebhookView;
import io.newsalerts.alert.security.Caller;
import io.newsalerts.alert.security.Roles;
import io.newsalerts.alert.service.WebhookService;

/** The calling subscriber's webhook endpoints, their secrets, attempts and replays. */
@Path("/webhooks")
@RolesAllowed(Roles.SUBSCRIBER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @Inject
    Caller caller;

    @Inject
    WebhookService webhooks;

    /** Registers an endpoint; the answer shows its signing secret, once. */
    @POST
    public Response create(WebhookRequest request) {
        WebhookView created = webhooks.create(caller.subscriberId(), request);
        return Response.created(URI.create("/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    public Page<WebhookView> list() {
        return webhooks.list(caller.subscriberId());
    }

    @GET
    @Path("/{id}")
    public WebhookView get(@PathParam("id") String id) {
        return webhooks.get(caller.subscriberId(), id);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        webhooks.delete(caller.subscriberId(), id);
        return Response.noContent().build();
    }

    /** A new signing secret, shown once; the previous one keeps signing beside it for a while (secret-overlap). */
    @POST
    @Path("/{id}/secret")
    public WebhookView rotateSecret(@PathParam("id") String id) {
        return webhooks.rotateSecret(caller.subscriberId(), id);
    }

    @GET
    @Path("/{id}/deliveries")
    public Page<DeliveryAttemptView> deliveries(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("after") String after, @QueryParam("order") String order) {
        return webhooks.attempts(caller.subscriberId(), id, limit, after, order);
    }

    @POST
    @Path("/{id}/replay")
    public Response replay(@PathParam("id") String id, ReplayRequest request) {
        ReplayResult result = webhooks.replay(caller.subscriberId(), id, request);
        return Response.accepted(result).build();
    }
}

package io.newsalerts.alert.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.newsalerts.alert.api.CreateSubscriberRequest;
import io.newsalerts.alert.api.SubscriberCreated;
import io.newsalerts.alert.security.Caller;
import io.newsalerts.alert.security.Roles;
import io.newsalerts.alert.service.SubscriberService;

/** Subscribers and their API keys, managed by the operator with the admin token. */
@Path("/subscribers")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SubscriberResource {

    @Inject
    SubscriberService subscribers;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateSubscriberRequest request) {
        SubscriberCreated created = subscribers.create(request);
        return Response.created(URI.create("/subscribers/" + created.id())).entity(created).build();
    }

    /** The operator issues a subscriber a new API key; the old one stops working. */
    @POST
    @Path("/{id}/api-key")
    public SubscriberCreated rotateKey(@PathParam("id") String id) {
        return subscribers.rotateKey(id);
    }

    /** The operator revokes a subscriber's API key. */
    @DELETE
    @Path("/{id}/api-key")
    public Response revokeKey(@PathParam("id") String id) {
        subscribers.revokeKey(id);
        return Response.noContent().build();
    }

    /** A subscriber replaces its own API key. */
    @POST
    @Path("/me/api-key")
    @RolesAllowed(Roles.SUBSCRIBER)
    public SubscriberCreated rotateOwnKey() {
        return subscribers.rotateKey(caller.subscriberId());
    }
}

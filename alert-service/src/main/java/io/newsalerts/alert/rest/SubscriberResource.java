package io.newsalerts.alert.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.newsalerts.alert.api.CreateSubscriberRequest;
import io.newsalerts.alert.api.SubscriberCreated;
import io.newsalerts.alert.security.Allow;
import io.newsalerts.alert.security.Role;
import io.newsalerts.alert.service.SubscriberService;

/** Subscribers, created by the operator with the admin token. */
@Path("/subscribers")
@Allow(Role.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SubscriberResource {

    @Inject
    SubscriberService subscribers;

    @POST
    public Response create(CreateSubscriberRequest request) {
        SubscriberCreated created = subscribers.create(request);
        return Response.created(URI.create("/subscribers/" + created.id())).entity(created).build();
    }
}

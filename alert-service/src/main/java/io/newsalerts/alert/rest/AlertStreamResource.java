package io.newsalerts.alert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.newsalerts.alert.api.AlertView;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.security.Caller;
import io.newsalerts.alert.security.Roles;
import io.newsalerts.alert.service.AlertStreamService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

/**
 * The calling subscriber's alerts as Server-Sent Events ({@code event: alert}, {@code id:} the alert's cursor,
 * {@code data:} the alert as the REST list shows it), with a comment line at the start and every keep-alive interval.
 */
@Path("/alerts/stream")
@RolesAllowed(Roles.SUBSCRIBER)
public class AlertStreamResource {

    static final String KEEP_ALIVE = "keep-alive";
    /** Written at once, so that the answer's headers go out before the first alert. */
    static final String CONNECTED = "connected";

    @Inject
    Caller caller;

    @Inject
    AlertStreamService streams;

    @Inject
    AlertServiceConfig config;

    /** Blocking: checking the subscription and opening the stream read the database. */
    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@QueryParam("subscriptionId") String subscriptionId,
            @QueryParam("after") String after, @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        OutboundSseEvent end = sse.newEventBuilder().comment("end").build();
        Multi<OutboundSseEvent> alerts = streams.open(caller.subscriberId(), subscriptionId, lastEventId, after)
                .map(alert -> sse.newEventBuilder().id(alert.id()).name("alert")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(AlertView.class, alert.alert()).build())
                .onCompletion().continueWith(end);
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(config.stream().keepAlive())
                .onOverflow().drop().map(tick -> sse.newEventBuilder().comment(KEEP_ALIVE).build());
        Multi<OutboundSseEvent> connected = Multi.createFrom().item(sse.newEventBuilder().comment(CONNECTED).build());
        // the keep-alives never end: the response ends when the alerts do (the end marker is not sent)
        return Multi.createBy().merging().streams(connected, alerts, keepAlive).select().first(event -> event != end);
    }
}

package io.newsalerts.alert.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.newsalerts.alert.service.Cursors;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * The subscribers' web page ({@code templates/page.html}, its scripts and styles under {@code /app/}). Public: it
 * holds no data; the page reads everything through the API with the key the subscriber signs in with. Not an API
 * operation, so not in the OpenAPI document.
 */
@Path("/")
@PermitAll
public class WebPageResource {

    /** The alert stream cursor before every alert: the page replays a subscription's alerts from it. */
    static final String STREAM_START = Cursors.encode("0");

    @Inject
    Template page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page() {
        return page.data("streamStart", STREAM_START);
    }
}

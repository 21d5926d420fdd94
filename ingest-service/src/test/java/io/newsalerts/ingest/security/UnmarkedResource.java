package io.newsalerts.ingest.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An endpoint that nobody marked {@link PublisherEndpoint}, present only when the tests run, to show that such an
 * endpoint is closed to everyone. Hidden from the OpenAPI document, which lists the service's own endpoints.
 */
@Path("/test-only/unmarked")
public class UnmarkedResource {

    @GET
    @Operation(hidden = true)
    public String reached() {
        return "reached";
    }
}

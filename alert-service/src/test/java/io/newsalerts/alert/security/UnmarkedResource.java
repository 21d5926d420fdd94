package io.newsalerts.alert.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An endpoint that names no role, present only when the tests run, to show that such an endpoint is closed to
 * everyone ({@code quarkus.security.jaxrs.deny-unannotated-endpoints}). Hidden from the OpenAPI document, which
 * lists the service's own endpoints.
 */
@Path(UnmarkedResource.PATH)
public class UnmarkedResource {

    static final String PATH = "/test-only/unmarked";

    @GET
    @Operation(hidden = true)
    public String reached() {
        return "reached";
    }
}

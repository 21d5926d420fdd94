package io.newsalerts.ingest.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.newsalerts.ingest.api.IngestResult;

/** The HTTP answer to one ingested item: 202 when its event was published, 200 when it was a duplicate. */
final class IngestResponses {

    private IngestResponses() {
    }

    static Response of(IngestResult result) {
        Response.Status status = result.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(result).build();
    }
}

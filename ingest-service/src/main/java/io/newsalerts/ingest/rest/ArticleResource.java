package io.newsalerts.ingest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.newsalerts.edge.ndjson.Ndjson;
import io.newsalerts.edge.problem.Problem;
import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.api.IngestResult;
import io.newsalerts.ingest.api.LineResult;
import io.newsalerts.ingest.mapping.ArticleParser;
import io.newsalerts.ingest.mapping.JsonBodies;
import io.newsalerts.ingest.security.Roles;
import io.newsalerts.ingest.service.IngestService;
import io.newsalerts.ingest.validation.RequestValidator;

/** {@code POST /articles}: one article as JSON, or many as NDJSON. */
@Path("/articles")
@RolesAllowed(Roles.PUBLISHER)
@Tag(name = "Articles")
public class ArticleResource {

    /* OpenAPI merges the variants of one path and method into one operation: they share these texts. */
    private static final String SUMMARY = "Ingest an article, or many as NDJSON";
    private static final String DESCRIPTION = "application/json: one article, answered once Kafka has acknowledged "
            + "its event on news.articles. application/x-ndjson: one article per line, each accepted or rejected "
            + "on its own, answered with one result per line. A request without Content-Type is read as JSON.";
    private static final String OK_DESCRIPTION = "JSON: ingested before, nothing published. "
            + "NDJSON: one result per line, in order.";

    private final IngestService ingestService;
    private final NdjsonBatch batch;
    private final RequestValidator validator;

    ArticleResource(IngestService ingestService, NdjsonBatch batch, RequestValidator validator) {
        this.ingestService = ingestService;
        this.batch = batch;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArticleRequest.class)))
    @APIResponse(responseCode = "202", description = "Published",
            content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "200", description = OK_DESCRIPTION,
            content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid article, naming each offending field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge the event; retry later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ingest(String body) {
        return IngestResponses.of(ingestService.ingest(
                ArticleParser.parse(JsonBodies.readObject(body), validator)));
    }

    @POST
    @Consumes(Ndjson.MEDIA_TYPE)
    @Produces(Ndjson.MEDIA_TYPE)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = OK_DESCRIPTION,
            content = @Content(mediaType = Ndjson.MEDIA_TYPE, schema = @Schema(implementation = LineResult.class)))
    @APIResponse(responseCode = "413", description = "Too many lines",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String ingestBatch(String body) {
        return batch.run(body, line -> ArticleParser.parse(line, validator), ingestService::item);
    }
}

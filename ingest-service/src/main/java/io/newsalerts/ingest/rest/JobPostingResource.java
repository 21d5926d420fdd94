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

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.edge.ndjson.Ndjson;
import io.newsalerts.edge.problem.Problem;
import io.newsalerts.ingest.api.IngestResult;
import io.newsalerts.ingest.api.JobPostingRequest;
import io.newsalerts.ingest.api.LineResult;
import io.newsalerts.ingest.mapping.JobPostingParser;
import io.newsalerts.ingest.mapping.JsonBodies;
import io.newsalerts.ingest.mapping.JsonLdJobPostingParser;
import io.newsalerts.ingest.security.Roles;
import io.newsalerts.ingest.service.IngestService;
import io.newsalerts.ingest.validation.RequestValidator;

/** {@code POST /job-postings}: one posting as JSON or schema.org JSON-LD, or many as NDJSON. */
@Path("/job-postings")
@RolesAllowed(Roles.PUBLISHER)
@Tag(name = "Job postings")
public class JobPostingResource {

    /** The media type of schema.org JSON-LD documents. */
    public static final String JSON_LD = "application/ld+json";

    /* OpenAPI merges the variants of one path and method into one operation: they share these texts. */
    private static final String SUMMARY = "Ingest a job posting (JSON or schema.org JSON-LD), or many as NDJSON";
    private static final String DESCRIPTION = "application/json: one posting in the contract's shape. "
            + "application/ld+json: a schema.org JobPosting (title, description, url, datePosted, validThrough, "
            + "employmentType, hiringOrganization, jobLocation, jobLocationType, baseSalary). Both are answered once "
            + "Kafka has acknowledged the event on news.job-postings. application/x-ndjson: one posting per line "
            + "(JSON, or JSON-LD when the line has @type, @context or @graph), each accepted or rejected on its own, "
            + "answered with one result per line. A request without Content-Type is read as JSON.";
    private static final String OK_DESCRIPTION = "JSON: ingested before, nothing published. "
            + "NDJSON: one result per line, in order.";

    private final IngestService ingestService;
    private final NdjsonBatch batch;
    private final RequestValidator validator;

    JobPostingResource(IngestService ingestService, NdjsonBatch batch, RequestValidator validator) {
        this.ingestService = ingestService;
        this.batch = batch;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = JobPostingRequest.class)))
    @APIResponse(responseCode = "202", description = "Published",
            content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "200", description = OK_DESCRIPTION,
            content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid posting, naming each offending field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge the event; retry later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ingest(String body) {
        return IngestResponses.of(ingestService.ingest(JobPostingParser.parse(JsonBodies.readObject(body), validator)));
    }

    @POST
    @Consumes(JSON_LD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = JSON_LD))
    @APIResponse(responseCode = "202", description = "Published",
            content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "200", description = OK_DESCRIPTION,
            content = @Content(schema = @Schema(implementation = IngestResult.class)))
    public Response ingestJsonLd(String body) {
        return IngestResponses.of(ingestService.ingest(
                JsonLdJobPostingParser.parse(JsonBodies.readObject(body), validator)));
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
        return batch.run(body, this::parseLine, ingestService::item);
    }

    private JobPostingRequest parseLine(ObjectNode line) {
        boolean jsonLd = line.has("@type") || line.has("@context") || line.has("@graph");
        return jsonLd ? JsonLdJobPostingParser.parse(line, validator) : JobPostingParser.parse(line, validator);
    }
}

package io.newsalerts.ingest.rest;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API as a whole, for its OpenAPI document: every call takes the publisher token. */
@OpenAPIDefinition(
        info = @Info(title = "newsalerts ingest-service", version = "1.0.0",
                description = "Accepts articles and job postings, de-duplicates them and publishes them to Kafka."),
        security = @SecurityRequirement(name = IngestApi.PUBLISHER_TOKEN))
@SecurityScheme(securitySchemeName = IngestApi.PUBLISHER_TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The publisher token (configuration newsalerts.publisher-token)")
public class IngestApi extends Application {

    static final String PUBLISHER_TOKEN = "publisherToken";
}

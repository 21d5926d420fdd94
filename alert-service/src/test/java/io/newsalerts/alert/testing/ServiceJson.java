package io.newsalerts.alert.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsalerts.edge.json.StrictJson;

/**
 * The {@link ObjectMapper} as Quarkus builds it for this service, for unit tests that run without the container:
 * Quarkus's defaults (java.time as ISO-8601 text, unknown properties ignored) and the service's {@link StrictJson}.
 */
public final class ServiceJson {

    private ServiceJson() {
    }

    public static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        new StrictJson().customize(mapper);
        return mapper;
    }
}

package io.newsalerts.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates event payloads and headers against the schemas of the repository's {@code asyncapi.yaml} (carried in
 * this jar). Needs the optional dependencies jackson-dataformat-yaml and json-schema-validator; tests use it.
 */
public final class AsyncApiSchemas {

    private static final String DOCUMENT = "/newsalerts/asyncapi.yaml";
    private static final JsonNode COMPONENTS = load().get("components");

    private AsyncApiSchemas() {
    }

    /**
     * The violations of {@code json} against {@code components.schemas.<schemaName>}; empty when it conforms.
     *
     * @param schemaName for example {@code ArticleEvent}, {@code AlertEvent}, {@code CloudEventHeaders}
     */
    public static List<String> violations(String schemaName, JsonNode json) {
        if (!COMPONENTS.path("schemas").has(schemaName)) {
            throw new IllegalArgumentException("asyncapi.yaml has no schema " + schemaName);
        }
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("$ref", "#/components/schemas/" + schemaName);
        root.set("components", COMPONENTS);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
        Set<ValidationMessage> messages = schema.validate(json);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonNode load() {
        try (InputStream in = AsyncApiSchemas.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

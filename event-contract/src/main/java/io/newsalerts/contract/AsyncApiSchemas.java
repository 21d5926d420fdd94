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
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates event payloads and headers against the schemas of the repository's {@code asyncapi.yaml} (carried in
 * this jar), with {@code format} asserted. Needs the optional dependencies jackson-dataformat-yaml and json-schema-validator; tests use it.
 */
public final class AsyncApiSchemas {

    private static final String DOCUMENT = "/newsalerts/asyncapi.yaml";
    private static final JsonNode COMPONENTS = load().get("components");
    /** JSON Schema 2020-12, plus the AsyncAPI Schema Object's own keywords and the holder of the schemas. */
    private static final JsonMetaSchema META_SCHEMA = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
            .keyword(new NonValidationKeyword("components"))
            .keyword(new NonValidationKeyword("discriminator"))
            .keyword(new NonValidationKeyword("externalDocs"))
            .build();

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
        // A schema document holding the AsyncAPI schemas at the same path, so that their internal $refs resolve.
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + schemaName);
        root.putObject("components").set("schemas", COMPONENTS.get("schemas"));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = JsonSchemaFactory
                .getInstance(SpecVersion.VersionFlag.V202012, factory -> factory.metaSchema(META_SCHEMA))
                .getSchema(root, config);
        Set<ValidationMessage> messages = schema.validate(json);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** As {@link #violations(String, JsonNode)}, for JSON text. */
    public static List<String> violations(String schemaName, String json) {
        try {
            return violations(schemaName, new ObjectMapper().readTree(json));
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
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

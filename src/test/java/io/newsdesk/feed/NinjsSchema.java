package io.newsdesk.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The IPTC ninjs 2.2 JSON Schema (draft 2020-12), with formats such as uri and date-time asserted. */
final class NinjsSchema {
    /** Serialises test values the way the application does (RFC 3339 times). */
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Schema SCHEMA = load();

    private NinjsSchema() {
    }

    /** The schema's complaints about a document; empty when it is a valid ninjs 2.2 item. */
    static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    static List<String> errors(Object item) {
        try {
            return errors(JSON.writeValueAsString(item));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(Object item) {
        return JSON.valueToTree(item);
    }

    private static Schema load() {
        // Nothing is preloaded: the schema refers to the remote GeoJSON schema for places, which the
        // items never carry and which a test must not fetch.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                .preloadSchema(false).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = NinjsSchema.class.getResourceAsStream("/schemas/ninjs-schema_2.2.json")) {
            return registry.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

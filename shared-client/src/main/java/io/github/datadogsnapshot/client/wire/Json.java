package io.github.datadogsnapshot.client.wire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one Jackson mapper of the client, and JSON checks for user input. */
public final class Json {

    /** Shared, thread-safe once configured. Instants as ISO-8601 text; unknown fields ignored. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {
    }

    /**
     * Checks that {@code json} is exactly one JSON object (nothing after it but white space) and returns it on one
     * line.
     *
     * @throws IllegalArgumentException naming {@code field}, the position and the problem
     */
    public static String minifyObject(String json, String field) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonNode node;
            try {
                node = MAPPER.readTree(parser);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(field + ": not valid JSON" + at(e.getLocation()) + ": "
                        + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(field + ": must be a JSON object such as "
                        + "{\"viz\":\"timeseries\",\"requests\":[{\"q\":\"avg:system.load.1{*}\"}]}");
            }
            // A second value, a stray '}' or text after the object would otherwise be dropped without a word.
            JsonLocation after;
            try {
                after = parser.nextToken() == null ? null : parser.currentTokenLocation();
            } catch (JsonProcessingException e) {
                after = e.getLocation();
            }
            if (after != null) {
                throw new IllegalArgumentException(field + ": unexpected content after the JSON object" + at(after)
                        + "; give exactly one object (is there an extra '}' or text after it?)");
            }
            return node.toString();
        } catch (IOException e) {
            // A String source has no I/O to fail.
            throw new UncheckedIOException(e);
        }
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}

package io.github.datadogsnapshot.client.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

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
     * Checks that {@code json} is one JSON object and returns it on one line.
     *
     * @throws IllegalArgumentException naming {@code field}, the position and the problem
     */
    public static String minifyObject(String json, String field) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IllegalArgumentException(field + ": not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(field + ": must be a JSON object such as "
                    + "{\"viz\":\"timeseries\",\"requests\":[{\"q\":\"avg:system.load.1{*}\"}]}");
        }
        return node.toString();
    }
}

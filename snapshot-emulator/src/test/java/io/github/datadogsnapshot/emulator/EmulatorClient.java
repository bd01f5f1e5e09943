package io.github.datadogsnapshot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Talks to a running emulator over real HTTP, the way a client would. */
final class EmulatorClient {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    static final ObjectMapper JSON = new ObjectMapper();
    /** 2023-11-14T22:13:20Z, the end of the default window. */
    static final long END = 1_700_000_000L;

    private final DatadogEmulator emulator;

    EmulatorClient(DatadogEmulator emulator) {
        this.emulator = emulator;
    }

    /** A one-hour window ending at {@link #END} with this metric query. */
    static Map<String, String> metricQuery(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("metric_query", query);
        params.put("start", String.valueOf(END - 3600));
        params.put("end", String.valueOf(END));
        return params;
    }

    static Map<String, String> with(Map<String, String> params, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return copy;
    }

    HttpResponse<String> snapshot(Map<String, String> params) {
        return snapshot(emulator.apiKey(), emulator.applicationKey(), params);
    }

    HttpResponse<String> snapshot(String apiKey, String applicationKey, Map<String, String> params) {
        return getText("/api/v1/graph/snapshot?" + query(params), keys(apiKey, applicationKey));
    }

    /** {@code GET /api/v1/query} with valid keys; {@code from} and {@code to} in seconds. */
    HttpResponse<String> query(String query, long from, long to) {
        return getText("/api/v1/query?" + query(Map.of("from", String.valueOf(from), "to", String.valueOf(to),
                "query", query)), keys(emulator.apiKey(), emulator.applicationKey()));
    }

    /** {@code GET /api/v1/events} with valid keys and these parameters. */
    HttpResponse<String> events(Map<String, String> params) {
        return getText("/api/v1/events?" + query(params), keys(emulator.apiKey(), emulator.applicationKey()));
    }

    /** Creates a snapshot that must succeed and returns its URL. */
    String createSnapshot(Map<String, String> params) {
        HttpResponse<String> response = snapshot(params);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("snapshot_url").asText();
    }

    HttpResponse<byte[]> download(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The status call for a {@code /snapshot/view/} URL, with valid keys. */
    HttpResponse<String> status(String snapshotUrl) {
        String key = snapshotUrl.substring(snapshotUrl.indexOf("/snapshot/view/") + "/snapshot/view/".length(),
                snapshotUrl.length() - ".png".length());
        return getText("/api/v1/graph/snapshot_status/" + key, keys(emulator.apiKey(), emulator.applicationKey()));
    }

    HttpResponse<String> getText(String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + pathAndQuery));
        headers.forEach(request::header);
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> keys(String apiKey, String applicationKey) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (apiKey != null) {
            headers.put("DD-API-KEY", apiKey);
        }
        if (applicationKey != null) {
            headers.put("DD-APPLICATION-KEY", applicationKey);
        }
        return headers;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package io.github.datadogsnapshot.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two scripts people write today, as a user writes them: plain {@code java.net.http}, one request after the
 * other, {@code Thread.sleep} between them, no validation beyond "is it more than the 1x1 placeholder".
 */
final class UserScripts {

    private static final Pattern SNAPSHOT_URL = Pattern.compile("\"snapshot_url\"\\s*:\\s*\"([^\"]+)\"");
    /** The every-second script gives up after this; it never should against the emulator. */
    private static final Duration GIVE_UP = Duration.ofMinutes(2);

    private final HttpClient http;
    private final URI api;
    private final String apiKey;
    private final String applicationKey;
    private final long start;
    private final long end;

    UserScripts(HttpClient http, URI api, String apiKey, String applicationKey, long start, long end) {
        this.http = http;
        this.api = api;
        this.apiKey = apiKey;
        this.applicationKey = applicationKey;
        this.start = start;
        this.end = end;
    }

    /** Script 1: create a snapshot, sleep 2 s, download whatever the URL serves then; one graph after the other. */
    void createSleepDownload(List<Graph> graphs, Path dir) throws IOException, InterruptedException {
        for (Graph graph : graphs) {
            URI url = create(graph);
            Thread.sleep(2000);
            Files.write(dir.resolve(graph.name() + ".png"), get(url));
        }
    }

    /** Script 2: create every snapshot, then once a second look at each image not yet real, until all are. */
    void createAllThenCheckEverySecond(List<Graph> graphs, Path dir) throws IOException, InterruptedException {
        Map<Graph, URI> pending = new LinkedHashMap<>();
        for (Graph graph : graphs) {
            pending.put(graph, create(graph));
        }
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        while (!pending.isEmpty()) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException(pending.size() + " images still not rendered after " + GIVE_UP);
            }
            Thread.sleep(1000);
            for (Graph graph : new ArrayList<>(pending.keySet())) {
                byte[] png = get(pending.get(graph));
                if (Pngs.isRealImage(png)) {
                    Files.write(dir.resolve(graph.name() + ".png"), png);
                    pending.remove(graph);
                }
            }
        }
    }

    /** One graph as the scripts ask for it. */
    record Graph(String name, String title, String metricQuery, int width, int height) {
    }

    /** Requests one snapshot; returns its image URL. */
    URI create(Graph graph) throws IOException, InterruptedException {
        URI uri = URI.create(api + "/api/v1/graph/snapshot?metric_query=" + encode(graph.metricQuery())
                + "&start=" + start + "&end=" + end + "&title=" + encode(graph.title())
                + "&width=" + graph.width() + "&height=" + graph.height());
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri)
                .header("DD-API-KEY", apiKey).header("DD-APPLICATION-KEY", applicationKey).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = SNAPSHOT_URL.matcher(answer.body());
        if (answer.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("snapshot request answered " + answer.statusCode() + ": " + answer.body());
        }
        return URI.create(m.group(1));
    }

    /** One GET of an image URL, the body as it came. */
    byte[] get(URI url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

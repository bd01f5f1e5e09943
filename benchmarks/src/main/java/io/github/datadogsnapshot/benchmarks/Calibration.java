package io.github.datadogsnapshot.benchmarks;

import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The single exchanges on one emulator, each the median of a few, timed with plain {@code java.net.http} on a warm
 * connection: a create, a download of a rendered image (its first GET, which is when the emulator draws the chart),
 * a status call and a GET of the placeholder. The limit of a capture is its longest render plus one create and one
 * download. Leaves the emulator reset.
 */
record Calibration(double createMillis, double downloadMillis, double statusMillis, double placeholderMillis,
                   int statusBytes, int placeholderBytes) {

    static final int SAMPLES = 5;

    static Calibration measure(DatadogEmulator emulator, UserScripts http, HttpClient client)
            throws IOException, InterruptedException {
        emulator.reset();
        http.create(graph(-1)); // opens the connection
        List<URI> images = new ArrayList<>();
        List<Double> create = new ArrayList<>();
        List<Double> status = new ArrayList<>();
        List<Double> placeholder = new ArrayList<>();
        int statusBytes = 0;
        int placeholderBytes = 0;
        for (int i = 0; i < SAMPLES; i++) {
            long t0 = System.nanoTime();
            URI image = http.create(graph(i));
            long t1 = System.nanoTime();
            String statusBody = client.send(HttpRequest.newBuilder(statusUri(emulator, image))
                    .header("DD-API-KEY", emulator.apiKey()).header("DD-APPLICATION-KEY", emulator.applicationKey())
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            long t2 = System.nanoTime();
            byte[] png = http.get(image);
            long t3 = System.nanoTime();
            if (Pngs.isRealImage(png)) {
                throw new IllegalStateException("rendered within a millisecond: the render delays are not 0.5-3 s");
            }
            images.add(image);
            create.add(millis(t1 - t0));
            status.add(millis(t2 - t1));
            placeholder.add(millis(t3 - t2));
            statusBytes = statusBody.length();
            placeholderBytes = png.length;
        }
        Duration longest = Collections.max(emulator.renderDelays());
        Thread.sleep(longest.toMillis() + 200);
        List<Double> download = new ArrayList<>();
        for (URI image : images) {
            long t0 = System.nanoTime();
            byte[] png = http.get(image);
            download.add(millis(System.nanoTime() - t0));
            if (!Pngs.isRealImage(png)) {
                throw new IllegalStateException("not rendered after the longest render time: " + image);
            }
        }
        emulator.reset();
        return new Calibration(median(create), median(download), median(status), median(placeholder), statusBytes,
                placeholderBytes);
    }

    /** The limit of a capture whose longest render took {@code longestRender}. */
    double limitMillis(Duration longestRender) {
        return longestRender.toNanos() / 1e6 + createMillis + downloadMillis;
    }

    private static UserScripts.Graph graph(int i) {
        return new UserScripts.Graph("calibration-" + i, "Calibration " + i, "avg:calibration.latency.ms{run:" + i + "}",
                800, 400);
    }

    private static URI statusUri(DatadogEmulator emulator, URI image) {
        String path = image.getPath();
        String key = path.substring("/snapshot/view/".length(), path.length() - ".png".length());
        return URI.create(emulator.baseUrl() + "/api/v1/graph/snapshot_status/" + key);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

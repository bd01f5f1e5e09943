package io.github.datadogsnapshot.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks shared by the invoker ITs' verify scripts (they run with the test class path): the build log, the
 * manifest, the PNGs, and how many snapshot calls an emulator has seen.
 */
public final class ItChecks {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ItChecks() {
    }

    /**
     * The IT's build log, after asserting that none of {@code keys} appears in it, nor in any text file (manifest,
     * mark, report page) the build wrote under {@code target/}.
     */
    public static String buildLogWithoutKeys(File basedir, String... keys) throws IOException {
        String log = Files.readString(new File(basedir, "build.log").toPath(), StandardCharsets.UTF_8);
        for (String key : keys) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("no key given to look for");
            }
            if (log.contains(key)) {
                throw new AssertionError("a key appears in " + basedir + "/build.log");
            }
        }
        // The manifests, marks and report pages the build wrote must not hold a key either.
        Path target = new File(basedir, "target").toPath();
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.walk(target)) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(json|html|properties|txt|xml)$")).toList()) {
                    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                    for (String key : keys) {
                        if (text.contains(key)) {
                            throw new AssertionError("a key appears in " + file);
                        }
                    }
                }
            }
        }
        return log;
    }

    /**
     * Asserts that none of {@code keys} appears in any file under {@code basedir}, whatever its kind: the build log,
     * the manifests, the images, Maven's and the plugins' files under {@code target/}.
     */
    public static void noKeyInAnyFile(File basedir, String... keys) throws IOException {
        if (keys.length == 0) {
            throw new IllegalArgumentException("no key given to look for");
        }
        try (Stream<Path> files = Files.walk(basedir.toPath())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String key : keys) {
                    if (key == null || key.isBlank()) {
                        throw new IllegalArgumentException("no key given to look for");
                    }
                    if (content.contains(key)) {
                        throw new AssertionError("a key appears in " + file);
                    }
                }
            }
        }
    }

    /** How long each build in {@code log} took, in seconds, from Maven's "Total time" lines. */
    public static List<Double> buildTimes(String log) {
        List<Double> seconds = new ArrayList<>();
        Matcher m = Pattern.compile("Total time: +(?:(\\d+):(\\d+)(?:\\.\\d+)? min|([\\d.]+) s)").matcher(log);
        while (m.find()) {
            seconds.add(m.group(3) != null ? Double.parseDouble(m.group(3))
                    : Integer.parseInt(m.group(1)) * 60.0 + Integer.parseInt(m.group(2)));
        }
        return seconds;
    }

    /** Asserts that {@code directory} holds no partial file ({@code *.part}) of an image or a manifest. */
    public static void noPartialFiles(File directory) throws IOException {
        try (Stream<Path> files = Files.list(directory.toPath())) {
            List<Path> partial = files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
            if (!partial.isEmpty()) {
                throw new AssertionError("partial files left: " + partial);
            }
        }
    }

    /** Asserts that {@code text} contains every one of {@code expected}. */
    public static void assertContains(String text, String... expected) {
        for (String e : expected) {
            if (!text.contains(e)) {
                throw new AssertionError("expected to find '" + e + "'");
            }
        }
    }

    /** The manifest {@code snapshots.json} of {@code directory}. */
    public static JsonNode manifest(File directory) throws IOException {
        File file = new File(directory, "snapshots.json");
        if (!file.isFile()) {
            throw new AssertionError("no manifest at " + file);
        }
        return new ObjectMapper().readTree(file);
    }

    /**
     * Asserts that {@code file} is a real rendered PNG (signature, IHDR, larger than the 1x1 placeholder) and returns
     * its width and height.
     */
    public static int[] realPng(File file) throws IOException {
        if (!file.isFile()) {
            throw new AssertionError("no image at " + file);
        }
        try (InputStream in = Files.newInputStream(file.toPath()); DataInputStream data = new DataInputStream(in)) {
            byte[] signature = new byte[8];
            data.readFully(signature);
            if (!Arrays.equals(signature, PNG_SIGNATURE)) {
                throw new AssertionError(file + " is not a PNG");
            }
            data.readInt();
            byte[] type = new byte[4];
            data.readFully(type);
            if (!"IHDR".equals(new String(type, StandardCharsets.US_ASCII))) {
                throw new AssertionError(file + " has no IHDR chunk first");
            }
            int width = data.readInt();
            int height = data.readInt();
            if (width <= 1 || height <= 1 || file.length() < 1000) {
                throw new AssertionError(file + " is a placeholder (" + width + "x" + height + ", " + file.length()
                        + " bytes), not a rendered chart");
            }
            return new int[] {width, height};
        }
    }

    /** Asserts that two files have the same bytes. */
    public static void sameBytes(File expected, File actual) throws IOException {
        if (!Arrays.equals(Files.readAllBytes(expected.toPath()), Files.readAllBytes(actual.toPath()))) {
            throw new AssertionError(actual + " differs from " + expected);
        }
    }

    /** How many requests the emulator at {@code baseUrl} has received, whatever their path or keys. */
    public static int requestsSeen(String baseUrl) throws IOException, InterruptedException {
        return requestsSeen(baseUrl, "/");
    }

    /** How many requests under the path {@code prefix} the emulator at {@code baseUrl} has received. */
    public static int requestsSeen(String baseUrl, String prefix) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/emulator/requests?path="
                        + java.net.URLEncoder.encode(prefix, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("the emulator answered " + response.statusCode() + ": " + response.body());
        }
        return new ObjectMapper().readTree(response.body()).get("count").asInt();
    }
}

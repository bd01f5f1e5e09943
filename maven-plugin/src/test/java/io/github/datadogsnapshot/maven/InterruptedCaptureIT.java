package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C on a real {@code mvn datadog-snapshot:capture}: a forked Maven captures three graphs, of which one renders at
 * once and two take half a minute; once the first is stored, the test sends SIGINT to the Maven JVM (Maven's
 * {@code bin/mvn} execs it, so the process started is the JVM). Runs after {@code invoker:install}, which puts this
 * build's plugin into the local repository.
 */
class InterruptedCaptureIT {

    /** Seed 8337 of render times from 0 to 30 s: the first snapshot created renders in 0.3 s, the others in 27 and 29 s. */
    static final long RENDER_SEED = 8337;
    static final String INTERRUPTED = "the capture was interrupted before this graph finished";
    static final Pattern STORED = Pattern.compile("Stored ([a-z]+)\\.png");

    @Test
    void shouldRecordTheStoredGraphAndMarkTheOthersInterruptedWhenMavenGetsCtrlC() throws Exception {
        Path project = Path.of(System.getProperty("it.interruptedProject", "target/interrupted-capture")).toAbsolutePath();
        deleteRecursively(project);
        Files.createDirectories(project);
        try (DatadogEmulator emulator = DatadogEmulator.builder()
                .renderDelays(Duration.ZERO, Duration.ofSeconds(30), RENDER_SEED).build().start()) {
            Files.writeString(project.resolve("pom.xml"), pom(emulator), StandardCharsets.UTF_8);
            Process maven = startMaven(project, emulator);
            CompletableFuture<String> stored = new CompletableFuture<>();
            Thread output = copyOutput(maven, project.resolve("build.log"), stored);

            String storedGraph;
            try {
                storedGraph = stored.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                maven.destroyForcibly();
                throw new AssertionError("no graph was stored within 60 s; see " + project.resolve("build.log"));
            }
            assertThat(maven.isAlive()).as("Maven still runs the capture when the first graph is stored").isTrue();
            assertThat(maven.info().command().orElse("")).as("the process is the JVM (bin/mvn execs it)").endsWith("java");
            long interruptedAt = System.nanoTime();
            interrupt(maven.pid());

            boolean ended = maven.waitFor(20, TimeUnit.SECONDS);
            Duration exit = Duration.ofNanos(System.nanoTime() - interruptedAt);
            if (!ended) {
                maven.destroyForcibly();
            }
            output.join(5000);
            System.out.println("Ctrl-C on mvn: stored '" + storedGraph + "', exited " + exit.toMillis()
                    + " ms after SIGINT with status " + (ended ? maven.exitValue() : "none"));

            assertThat(ended).as("Maven ended after SIGINT").isTrue();
            assertThat(exit).as("time from SIGINT to exit").isLessThan(Duration.ofSeconds(5));
            assertThat(maven.exitValue()).as("exit status of a JVM ended by SIGINT").isEqualTo(130);
            Path out = project.resolve("target/datadog-snapshots");
            JsonNode graphs = new ObjectMapper().readTree(out.resolve("snapshots.json").toFile()).get("graphs");
            Map<String, JsonNode> byName = new HashMap<>();
            graphs.forEach(g -> byName.put(g.get("name").asText(), g));
            assertThat(byName).containsOnlyKeys("alpha", "beta", "gamma");
            for (Map.Entry<String, JsonNode> graph : byName.entrySet()) {
                if (graph.getKey().equals(storedGraph)) {
                    assertThat(graph.getValue().get("status").asText()).isEqualTo("CAPTURED");
                    assertThat(out.resolve(storedGraph + ".png")).isRegularFile();
                } else {
                    assertThat(graph.getValue().get("status").asText()).as(graph.getKey()).isEqualTo("FAILED");
                    assertThat(graph.getValue().get("error").asText()).as(graph.getKey()).isEqualTo(INTERRUPTED);
                    assertThat(out.resolve(graph.getKey() + ".png")).doesNotExist();
                }
            }
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
            // Nothing ran after Maven closed the plugin's class loader (it did: NoClassDefFoundError from the hook).
            assertThat(Files.readString(project.resolve("build.log"))).doesNotContain("Exception in thread", "Error:");
        }
    }

    static String pom(DatadogEmulator emulator) {
        StringBuilder graphs = new StringBuilder();
        for (String name : List.of("alpha", "beta", "gamma")) {
            graphs.append("<graph><name>").append(name).append("</name><metricQuery>avg:system.load.1{shard:")
                    .append(name).append("}</metricQuery><width>300</width><height>150</height></graph>");
        }
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.github.datadogsnapshot.it</groupId>
                  <artifactId>interrupted-capture</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <build><plugins><plugin>
                    <groupId>io.github.datadogsnapshot</groupId>
                    <artifactId>datadog-snapshot-maven-plugin</artifactId>
                    <version>%s</version>
                    <configuration>
                      <apiUrl>%s</apiUrl>
                      <timeout>PT2M</timeout>
                      <graphs>%s</graphs>
                    </configuration>
                  </plugin></plugins></build>
                </project>
                """.formatted(System.getProperty("it.pluginVersion"), emulator.baseUrl(), graphs);
    }

    static Process startMaven(Path project, DatadogEmulator emulator) throws IOException {
        String mavenHome = System.getProperty("maven.home");
        assertThat(mavenHome).as("maven.home, the home of the Maven running this build").isNotBlank();
        List<String> command = new ArrayList<>();
        // A process started in the background by a shell ignores SIGINT, and so would Maven's JVM; env resets it.
        if (Files.isExecutable(Path.of("/usr/bin/env")) && envResetsSignals()) {
            command.addAll(List.of("/usr/bin/env", "--default-signal=INT"));
        }
        command.addAll(List.of(Path.of(mavenHome, "bin", "mvn").toString(), "-B", "--no-transfer-progress",
                "-Dmaven.repo.local=" + System.getProperty("it.localRepository"),
                "io.github.datadogsnapshot:datadog-snapshot-maven-plugin:" + System.getProperty("it.pluginVersion")
                        + ":capture"));
        String userSettings = System.getProperty("it.userSettings", "");
        if (!userSettings.isBlank() && Files.isRegularFile(Path.of(userSettings))) {
            command.addAll(command.indexOf("-B") + 1, List.of("-s", userSettings));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("DD_API_KEY", emulator.apiKey());
        builder.environment().put("DD_APP_KEY", emulator.applicationKey());
        builder.environment().remove("MAVEN_ARGS");
        return builder.start();
    }

    /** Whether this system's env has {@code --default-signal} (coreutils 8.31 and later). */
    static boolean envResetsSignals() {
        try {
            Process probe = new ProcessBuilder("/usr/bin/env", "--default-signal=INT", "true").redirectErrorStream(true)
                    .start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Copies Maven's output to {@code log} and completes {@code stored} with the first graph it says it stored. */
    static Thread copyOutput(Process maven, Path log, CompletableFuture<String> stored) {
        Thread thread = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(maven.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
                for (String line; (line = in.readLine()) != null; ) {
                    out.println(line);
                    Matcher m = STORED.matcher(line);
                    if (m.find()) {
                        stored.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                stored.completeExceptionally(e);
            }
            stored.completeExceptionally(new AssertionError("Maven ended before any graph was stored; see " + log));
        }, "maven-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Ctrl-C: SIGINT to the process, and a check that it is not ignored there. */
    static void interrupt(long pid) throws IOException, InterruptedException {
        Path status = Path.of("/proc/" + pid + "/status");
        if (Files.isReadable(status)) {
            String ignored = Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:")).findFirst()
                    .orElse("SigIgn: 0").substring("SigIgn:".length()).trim();
            assertThat(Long.parseLong(ignored, 16) & 0x2).as("SIGINT is not ignored by Maven's JVM").isZero();
        }
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -INT").isZero();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

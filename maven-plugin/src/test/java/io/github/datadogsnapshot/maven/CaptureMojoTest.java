package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import io.github.datadogsnapshot.charts.XChartRenderer;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.regression.Threshold;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wiring of the capture goal: POM configuration and datadog.* properties end up in the client's values. */
@MojoTest
class CaptureMojoTest {

    private static final String POM = """
            <project>
              <build>
                <plugins>
                  <plugin>
                    <artifactId>datadog-snapshot-maven-plugin</artifactId>
                    <configuration>
                      <site>datadoghq.eu</site>
                      <padding>PT1M</padding>
                      <timeout>PT45S</timeout>
                      <failOnError>true</failOnError>
                      <height>300</height>
                      <thresholds>avg +20%</thresholds>
                      <graphs>
                        <graph>
                          <name>cpu</name>
                          <title>CPU</title>
                          <metricQuery>avg:system.cpu.user{*}</metricQuery>
                          <eventQuery>sources:deploy</eventQuery>
                          <width>640</width>
                        </graph>
                        <graph>
                          <title>Latency p95</title>
                          <graphDef>{ "viz": "timeseries",
                                      "requests": [{"q": "p95:trace.http.request.duration{*}"}] }</graphDef>
                          <thresholds>p95 +10% and +2ms; max &lt; 800</thresholds>
                        </graph>
                      </graphs>
                    </configuration>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    private static final String POM_WITH_GRAPHS_ONLY = """
            <project>
              <build>
                <plugins>
                  <plugin>
                    <artifactId>datadog-snapshot-maven-plugin</artifactId>
                    <configuration>
                      <graphs>
                        <graph><name>configured</name><metricQuery>avg:system.cpu.user{*}</metricQuery></graph>
                      </graphs>
                    </configuration>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    private static final Map<String, String> KEYS = Map.of("DD_API_KEY", "api-from-env", "DD_APP_KEY", "app-from-env");
    private static final Instant BUILD_START = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2024-05-01T10:05:00Z");

    @Inject
    private MavenSession session;

    @BeforeEach
    void startTheBuild() {
        session.getRequest().setStartTime(Date.from(BUILD_START));
    }

    @Test
    @InjectMojo(goal = "capture", pom = POM)
    void shouldMapTheConfiguredGraphsOntoTheClient(CaptureMojo mojo) throws Exception {
        CaptureSupport.Plan plan = mojo.plan(NOW, KEYS);

        assertThat(plan.graphs()).extracting(GraphSpec::name).containsExactly("cpu", "latency-p95");
        GraphSpec cpu = plan.graphs().get(0);
        assertThat(cpu.title()).contains("CPU");
        assertThat(cpu.metricQuery()).contains("avg:system.cpu.user{*}");
        assertThat(cpu.eventQuery()).contains("sources:deploy");
        assertThat(cpu.width()).contains(640);
        assertThat(cpu.height()).as("the goal's height is the default of every graph").contains(300);
        assertThat(plan.graphs().get(1).graphDef())
                .contains("{\"viz\":\"timeseries\",\"requests\":[{\"q\":\"p95:trace.http.request.duration{*}\"}]}");
        assertThat(plan.settings().endpoint().baseUri()).hasToString("https://api.datadoghq.eu");
        assertThat(plan.settings().timeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(plan.settings().credentials().apiKey()).isEqualTo("api-from-env");
        assertThat(mojo.failOnError).isTrue();
        assertThat(plan.outputDirectory()).isEqualTo(Path.of(session.getCurrentProject().getBuild().getDirectory(),
                "datadog-snapshots"));
        assertThat(plan.window().start()).isEqualTo(BUILD_START.minus(Duration.ofMinutes(1)));
        assertThat(plan.window().end()).isEqualTo(NOW);
        assertThat(plan.windowOrigin()).isEqualTo("the start of this build, padded by 1 min 0 s");
    }

    @Test
    @InjectMojo(goal = "capture", pom = POM)
    void shouldMapThresholdsAndTheNumbersDefaultsOntoTheClient(CaptureMojo mojo) throws Exception {
        CaptureSupport.Plan plan = mojo.plan(NOW, KEYS);

        assertThat(plan.graphs().get(0).thresholds()).as("the goal's thresholds are the default of every graph")
                .extracting(Threshold::toString).containsExactly("avg +20%");
        assertThat(plan.graphs().get(1).thresholds()).extracting(Threshold::toString)
                .containsExactly("p95 +10% and +2ms", "max < 800");
        CaptureOptions options = plan.options();
        assertThat(options.renderer()).isEqualTo(CaptureOptions.Renderer.DATADOG);
        assertThat(options.numbers()).isTrue();
        assertThat(options.chartRenderer()).as("XChart is loaded only to draw").isNull();
        assertThat(options.baseline()).isNull();
        assertThat(mojo.failOnRegression).isFalse();
    }

    @Test
    @InjectMojo(goal = "capture", pom = POM)
    @MojoParameter(name = "renderer", value = "Local")
    void shouldReadTheBaselineFolderAndDrawHereWhenAsked(CaptureMojo mojo, @TempDir Path dir) throws Exception {
        Path baseline = TestCaptures.capture(dir.resolve("baseline-snapshots"),
                TestCaptures.manifest(TestCaptures.captured("cpu", "CPU", "avg:system.cpu.user{*}")));
        mojo.baselineDirectory = baseline.toFile();

        CaptureOptions options = mojo.plan(NOW, KEYS).options();

        assertThat(options.renderer()).isEqualTo(CaptureOptions.Renderer.LOCAL);
        assertThat(options.chartRenderer()).isInstanceOf(XChartRenderer.class);
        assertThat(options.baseline().graphs()).extracting(ManifestEntry::name).containsExactly("cpu");
        assertThat(options.baselineLabel()).isEqualTo(baseline.toAbsolutePath()
                + " (captured up to 2024-05-01 10:05:08 UTC)");
    }

    @Test
    @InjectMojo(goal = "capture", pom = POM)
    void shouldStartTheWindowAtTheMarkOfThisBuild(CaptureMojo mojo, @TempDir Path dir) throws Exception {
        mojo.outputDirectory = dir.toFile();
        Instant marked = BUILD_START.plusSeconds(40);
        WindowMark.write(dir, marked, BUILD_START);

        CaptureSupport.Plan plan = mojo.plan(NOW, KEYS);

        assertThat(plan.window().start()).isEqualTo(marked.minus(Duration.ofMinutes(1)));
        assertThat(plan.windowOrigin()).startsWith("the mark goal of this build");
    }

    @Test
    @InjectMojo(goal = "capture", pom = POM)
    void shouldIgnoreTheMarkOfAnEarlierBuild(CaptureMojo mojo, @TempDir Path dir) throws Exception {
        mojo.outputDirectory = dir.toFile();
        WindowMark.write(dir, BUILD_START.minusSeconds(600), BUILD_START.minusSeconds(900));

        assertThat(mojo.plan(NOW, KEYS).window().start()).isEqualTo(BUILD_START.minus(Duration.ofMinutes(1)));
    }

    @Test
    @InjectMojo(goal = "capture", pom = POM)
    @MojoParameter(name = "serverId", value = "datadog")
    void shouldTakeTheKeysFromTheSettingsServer(CaptureMojo mojo) throws Exception {
        Server server = new Server();
        server.setId("datadog");
        server.setPassword("api-from-settings");
        server.setPassphrase("app-from-settings");
        Settings settings = new Settings();
        settings.addServer(server);
        when(session.getSettings()).thenReturn(settings);

        CaptureSupport.Plan plan = mojo.plan(NOW, KEYS);

        assertThat(plan.settings().credentials().apiKey()).isEqualTo("api-from-settings");
        assertThat(plan.settings().credentials().applicationKey()).isEqualTo("app-from-settings");
    }

    @Test
    @InjectMojo(goal = "capture", pom = POM)
    void shouldNameBothWaysToGiveKeysWhenThereAreNone(CaptureMojo mojo) {
        assertThatThrownBy(() -> mojo.plan(NOW, Map.of()))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("DD_API_KEY and DD_APP_KEY not set")
                .hasMessageContaining("datadog.serverId");
    }

    @Test
    @InjectMojo(goal = "capture", pom = POM)
    @MojoParameter(name = "apiUrl", value = "http://127.0.0.1:8126/proxy/")
    void shouldPreferTheApiUrlOverTheSite(CaptureMojo mojo) throws Exception {
        assertThat(mojo.plan(NOW, KEYS).settings().endpoint().baseUri()).hasToString("http://127.0.0.1:8126/proxy");
    }

    @Test
    @InjectMojo(goal = "capture")
    @MojoParameter(name = "skip", value = "true")
    void shouldDoNothingWhenSkipped(CaptureMojo mojo) throws Exception {
        mojo.execute();

        assertThat(new File(session.getCurrentProject().getBuild().getDirectory(), "datadog-snapshots/snapshots.json"))
                .doesNotExist();
    }

    @Test
    @InjectMojo(goal = "capture")
    void shouldFailWithoutAnyGraph(CaptureMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("no graph to capture");
    }

    /** The command-line form: every value from a datadog.* user property. */
    @Nested
    class FromUserProperties {

        @BeforeEach
        void setProperties() {
            session.getUserProperties().putAll(Map.of(
                    "datadog.metricQuery", "avg:system.load.1{*}",
                    "datadog.title", "Load",
                    "datadog.eventQuery", "sources:deploy",
                    "datadog.width", "500",
                    "datadog.height", "200",
                    "datadog.start", "1714557600",
                    "datadog.end", "2024-05-01T10:04:00Z",
                    "datadog.apiUrl", "http://127.0.0.1:9999",
                    "datadog.timeout", "PT10S",
                    "datadog.failOnError", "true"));
            session.getUserProperties().putAll(Map.of(
                    "datadog.thresholds", "p95 +5%",
                    "datadog.renderer", "auto",
                    "datadog.failOnRegression", "true"));
        }

        @Test
        @InjectMojo(goal = "capture", pom = POM_WITH_GRAPHS_ONLY)
        void shouldCaptureTheGraphOfThePropertiesInsteadOfTheConfiguredOnes(CaptureMojo mojo) throws Exception {
            CaptureSupport.Plan plan = mojo.plan(NOW, KEYS);

            assertThat(plan.graphs()).hasSize(1);
            GraphSpec graph = plan.graphs().get(0);
            assertThat(graph.name()).isEqualTo("load");
            assertThat(graph.metricQuery()).contains("avg:system.load.1{*}");
            assertThat(graph.eventQuery()).contains("sources:deploy");
            assertThat(graph.width()).contains(500);
            assertThat(graph.height()).contains(200);
            assertThat(plan.window().start()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
            assertThat(plan.window().end()).isEqualTo(Instant.parse("2024-05-01T10:04:00Z"));
            assertThat(plan.settings().timeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(mojo.failOnError).isTrue();
            assertThat(plan.settings().endpoint().baseUri()).hasToString("http://127.0.0.1:9999");
            assertThat(graph.thresholds()).extracting(Threshold::toString).containsExactly("p95 +5%");
            assertThat(plan.options().renderer()).isEqualTo(CaptureOptions.Renderer.AUTO);
            assertThat(mojo.failOnRegression).isTrue();
        }

        @Test
        @InjectMojo(goal = "capture", pom = POM)
        void shouldLetTheValuesInThePomWinOverTheProperties(CaptureMojo mojo) throws Exception {
            CaptureSupport.Plan plan = mojo.plan(NOW, KEYS);

            assertThat(plan.graphs().get(0).height()).contains(300);
            assertThat(plan.settings().timeout()).isEqualTo(Duration.ofSeconds(45));
        }
    }
}

package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.manifest.OutputFolder;
import io.github.datadogsnapshot.client.plan.PlanResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Captures Datadog graph snapshots for the time window of this build: requests each graph, waits until Datadog
 * has rendered it and stores the PNG and the manifest {@code snapshots.json} in the output directory. The window
 * starts at the {@code mark} goal of this build (or at the build's start) and ends now, unless {@code start} and
 * {@code end} say otherwise.
 *
 * <p>Keys come from {@code DD_API_KEY} and {@code DD_APP_KEY}, or from the {@code settings.xml} server named by
 * {@code serverId}. A graph that fails is a warning unless {@code failOnError} is set; a configuration that is
 * wrong fails the build before any request is sent.
 *
 * <p>Beside each picture it fetches the graph's numbers (per series: points, min, avg, p50, p95, max, last), compares
 * them with {@code baselineDirectory} and the graph's {@code thresholds}, and logs each threshold crossed; with
 * {@code failOnRegression} a crossed threshold fails the build. With {@code renderer} {@code local} or {@code auto}
 * the pictures are drawn here from the numbers (always, or when Datadog's snapshot budget is spent).
 */
@Mojo(name = "capture", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class CaptureMojo extends AbstractSnapshotMojo {

    /**
     * The graphs to capture, each a {@code graph} element with {@code name} (the image's file name stem: 1-80
     * letters, digits, {@code .}, {@code _}, {@code -}; default derived from the title), {@code title},
     * {@code metricQuery} or {@code graphDef}, {@code eventQuery}, {@code width}, {@code height} (1-4000 px) and
     * {@code thresholds}. On the command line, give one graph with {@code -Ddatadog.metricQuery=...} instead.
     */
    @Parameter
    List<Graph> graphs;

    /**
     * The metric query of one graph given on the command line, e.g. {@code avg:system.cpu.user{*}}; when set (or
     * any of {@code graphDef}, {@code title}, {@code eventQuery}), this one graph is captured instead of
     * {@code graphs}.
     */
    @Parameter(property = "datadog.metricQuery")
    String metricQuery;

    /**
     * The graph definition (Datadog graph JSON) of one graph given on the command line, instead of a metric query:
     * exactly one JSON object, sent minified. With {@code eventQuery} and {@code title} it may take at most 7168
     * characters once URL-encoded, since Datadog refuses longer request URLs (414).
     */
    @Parameter(property = "datadog.graphDef")
    String graphDef;

    /** The title of the graph given on the command line; it also names its image file. */
    @Parameter(property = "datadog.title")
    String title;

    /** The event query of the graph given on the command line, e.g. {@code sources:deploy}. */
    @Parameter(property = "datadog.eventQuery")
    String eventQuery;

    /** Width in pixels (1 to 4000) of the graph given on the command line, and of every graph without its own. */
    @Parameter(property = "datadog.width")
    Integer width;

    /** Height in pixels (1 to 4000) of the graph given on the command line, and of every graph without its own. */
    @Parameter(property = "datadog.height")
    Integer height;

    /**
     * The Datadog site: {@code datadoghq.com}, {@code us3.datadoghq.com}, {@code us5.datadoghq.com},
     * {@code datadoghq.eu}, {@code ap1.datadoghq.com}, {@code ap2.datadoghq.com}, {@code uk1.datadoghq.com},
     * {@code ddog-gov.com} or {@code us2.ddog-gov.com}. Default: the {@code DD_SITE} environment variable, else
     * {@code datadoghq.com}.
     */
    @Parameter(property = "datadog.site")
    String site;

    /**
     * A custom API base URL (a proxy, a private link, a local emulator), e.g. {@code https://dd-proxy.example.com}:
     * http or https, a port from 1 to 65535, no user info, query or fragment; wins over {@code site}. Images are then
     * only downloaded from this host.
     */
    @Parameter(property = "datadog.apiUrl")
    String apiUrl;

    /**
     * The id of a {@code server} in {@code settings.xml} whose {@code password} is the API key and whose
     * {@code passphrase} is the application key; both may be encrypted with {@code mvn --encrypt-password}.
     * Without it the keys come from {@code DD_API_KEY} and {@code DD_APP_KEY}.
     */
    @Parameter(property = "datadog.serverId")
    String serverId;

    /**
     * The window's start: epoch seconds or an ISO-8601 instant such as {@code 2024-05-01T10:00:00Z}. Default: the
     * start recorded by the {@code mark} goal earlier in this build, else the start of this build.
     */
    @Parameter(property = "datadog.start")
    String start;

    /**
     * The window's end: epoch seconds or an ISO-8601 instant; at most 5 minutes after now (a graph shows nothing
     * later). Default: now.
     */
    @Parameter(property = "datadog.end")
    String end;

    /**
     * How much earlier than its start the window begins, as an ISO-8601 duration such as {@code PT5M}; the padded
     * start must lie within Datadog's 15-month metric retention. Default: none.
     */
    @Parameter(property = "datadog.padding")
    String padding;

    /**
     * How long one graph may take from its request until its image is stored, as an ISO-8601 duration; waits for a
     * rate-limit reset count too. Default: {@code PT3M}.
     */
    @Parameter(property = "datadog.timeout")
    String timeout;

    /**
     * Whether a graph that could not be captured fails the build (after all graphs were tried). By default it is a
     * warning and recorded as failed in the manifest. Invalid configuration always fails the build.
     */
    @Parameter(property = "datadog.failOnError", defaultValue = "false")
    boolean failOnError;

    /**
     * Limits on the numbers of the graph given on the command line, and of every {@code <graph>} without
     * {@code <thresholds>} of its own, separated by {@code ;}, e.g. {@code p95 +10% and +2ms; max < 800} (in a POM,
     * escape {@code <} as &amp;lt;). The grammar and what each limit means: docs/regressions.md#thresholds in the
     * project's repository.
     */
    @Parameter(property = "datadog.thresholds")
    String thresholds;

    /**
     * An earlier capture to compare the numbers with (the folder with its {@code snapshots.json}, e.g. main's last
     * good run); graphs are matched by name, series by query and scope. A folder that does not exist or holds no
     * {@code snapshots.json} is a warning ("no baseline"), since the first build has none. The {@code report} goal
     * shows the same folder's pictures next to this build's.
     */
    @Parameter(property = "datadog.baselineDirectory")
    File baselineDirectory;

    /**
     * Whether a crossed threshold fails the build (after every graph was captured and the manifest written). By
     * default it is a warning naming the statistic, the series, the limit and both values.
     */
    @Parameter(property = "datadog.failOnRegression", defaultValue = "false")
    boolean failOnRegression;

    /**
     * Who draws the pictures: {@code datadog} (Datadog's snapshots), {@code local} (drawn here from the graphs'
     * numbers, sparing Datadog's snapshot budget; marked "rendered locally"), or {@code auto} (Datadog's, and drawn
     * here when the snapshot budget refuses a graph past its timeout). {@code local} and {@code auto} need
     * {@code numbers}.
     */
    @Parameter(property = "datadog.renderer", defaultValue = "datadog")
    String renderer;

    /**
     * Whether each graph's numbers are fetched through Datadog's metrics query API: per series points, min, avg,
     * p50, p95, max and last over the window, recorded in {@code snapshots.json}, shown on the report page and
     * checked against the thresholds. The query API has a budget of its own, apart from the snapshots'. With
     * {@code false} (pictures only), {@code thresholds}, {@code failOnRegression} and {@code renderer} {@code local}
     * or {@code auto} are refused.
     */
    @Parameter(property = "datadog.numbers", defaultValue = "true")
    boolean numbers;

    private final SettingsDecrypter decrypter;

    @Inject
    public CaptureMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        CaptureSupport.run(plan(Instant.now(), System.getenv()), failOnError, failOnRegression, getLog());
    }

    /** Checks the whole configuration and maps it onto the client; sends nothing. */
    CaptureSupport.Plan plan(Instant now, Map<String, String> environment)
            throws MojoExecutionException, MojoFailureException {
        Path directory = outputFolder();
        Instant buildStart = buildStart();
        Optional<Instant> mark;
        try {
            mark = WindowMark.readForBuild(directory, buildStart);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read the window mark in " + directory + ": " + e.getMessage(),
                    e);
        }
        PlanResult checked = CaptureCheck.check(this, now, environment, mark, buildStart);
        CaptureOptions options = CaptureSupport.options(checked.renderer(), numbers,
                new CaptureSupport.BaselineConfig(baselineDirectory, basedir), directory, getLog());
        Duration graphTimeout = TimeValues.duration("datadog.timeout", timeout);
        Credentials credentials = KeySource.resolve(serverId, session.getSettings(), decrypter, environment);
        ClientSettings settings;
        try {
            settings = ClientSettings.builder(checked.endpoint().orElseThrow(), credentials)
                    .timeout(graphTimeout != null ? graphTimeout : ClientSettings.DEFAULT_TIMEOUT)
                    .build();
            // Last, so that a wrong value elsewhere creates no folder; before any request, so that no snapshot is
            // spent on images that could not be stored.
            directory = OutputFolder.check(directory);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid configuration: datadog." + e.getMessage());
        }
        String origin = start != null && !start.isBlank() ? "datadog.start" : startOrigin(mark);
        Duration pad = TimeValues.duration("datadog.padding", padding);
        if (pad != null && !pad.isZero()) {
            origin += ", padded by " + TimeValues.format(pad);
        }
        return new CaptureSupport.Plan(checked.graphs(), checked.window().orElseThrow(), origin, settings, directory,
                buildStart, options);
    }

    static String startOrigin(Optional<Instant> mark) {
        return mark.isPresent() ? "the mark goal of this build" : "the start of this build";
    }
}

package io.github.datadogsnapshot.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed command line of {@link Main}: every option read and checked, or an {@link IllegalArgumentException}
 * whose message names the option.
 *
 * @param settings the emulator's settings
 * @param portFile where to write the port, or {@code null}
 * @param help whether only the usage was asked for
 * @param faults the faults to switch on before the emulator starts, as given
 * @param logFile where the output goes, or {@code null} for the console
 * @param exitWithParent whether the emulator stops when its parent process ends
 */
record EmulatorOptions(EmulatorSettings settings, Path portFile, boolean help, List<String> faults, Path logFile,
                       boolean exitWithParent) {

    /** Switches the faults on. */
    void applyFaults(Faults target) {
        faults.forEach(spec -> FaultOption.parse(spec).accept(target));
    }

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar datadog-snapshot-emulator-standalone.jar [options]",
            "Runs a local stand-in for Datadog's graph snapshot, metrics query and events APIs on 127.0.0.1 until killed.",
            "",
            "Options (all optional):",
            "  --port N                 TCP port, 0 picks a free one (default 0)",
            "  --port-file PATH         after binding, write the port number to PATH",
            "  --log-file PATH          write the emulator's output to PATH instead of the console",
            "  --exit-with-parent       stop when the process that started this one ends (a build that runs",
            "                           the emulator in the background)",
            "  --render-delay DURATION  time until a snapshot's image is ready, e.g. PT2S or 2 (default PT2S);",
            "                           MIN..MAX draws each snapshot's time uniformly, e.g. PT0.5S..PT3S",
            "  --render-seed N          seed of the drawn render times (default 0)",
            "  --api-key KEY            accepted DD-API-KEY (default " + EmulatorSettings.DEFAULT_API_KEY + ")",
            "  --app-key KEY            accepted DD-APPLICATION-KEY (default "
                    + EmulatorSettings.DEFAULT_APPLICATION_KEY + ")",
            "  --scoped-app-key KEY     application key refused with 403 (default "
                    + EmulatorSettings.DEFAULT_SCOPED_APPLICATION_KEY + ")",
            "  --rate-limit N/DURATION  snapshot calls per window, e.g. 60/PT1H or 60/3600 (default 60/PT1H)",
            "  --query-rate-limit N/DURATION",
            "                           metrics query calls (/api/v1/query, /api/v2/query/timeseries) per window",
            "                           (default 1600/PT1H)",
            "  --fault FAULT            switch a fault on from the start (repeatable); FAULT is one of",
            "                             serverErrors=N  dropConnections=N  slowAnswers=DURATION[,PATH]",
            "                             trickle=DURATION[,PATH]  dropMidBody[=PATH]  brokenPng  neverReady",
            "                             nonPngBeforeReady  hugeDimensions  withoutContentLength  oversizedPng=BYTES",
            "                             foreignSnapshotHost=HOST  redirectImages=HOST  randomFaults=SHARE[,SEED]",
            "                           (see Faults; PATH is a path prefix such as /api/ or /snapshot/view/)",
            "  --help                   print this help",
            "",
            "DURATION is ISO-8601 (PT2S, PT1H) or a whole number of seconds.");

    /** Reads the command line; throws {@link IllegalArgumentException} with a message for the user. */
    static EmulatorOptions parse(String... args) {
        DatadogEmulator.Builder builder = DatadogEmulator.builder();
        Path portFile = null;
        String renderDelay = null;
        long renderSeed = 0;
        List<String> faults = new ArrayList<>();
        Path logFile = null;
        boolean exitWithParent = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new EmulatorOptions(builder.settings(), null, true, List.of(), null, false);
            }
            if (arg.equals("--exit-with-parent")) {
                exitWithParent = true;
                continue;
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(knownOption(arg) ? arg + " needs a value" : "unknown option " + arg);
            }
            switch (name) {
                case "--port" -> builder.port(OptionValues.port(value));
                case "--port-file" -> portFile = Path.of(value);
                case "--log-file" -> logFile = Path.of(value);
                case "--render-delay" -> renderDelay = value;
                case "--render-seed" -> renderSeed = OptionValues.seed(name, value);
                case "--api-key" -> builder.apiKey(value);
                case "--app-key" -> builder.applicationKey(value);
                case "--scoped-app-key" -> builder.scopedApplicationKey(value);
                case "--rate-limit" -> {
                    OptionValues.Budget budget = OptionValues.budget(name, value);
                    builder.rateLimit(budget.limit(), budget.period());
                }
                case "--query-rate-limit" -> {
                    OptionValues.Budget budget = OptionValues.budget(name, value);
                    builder.queryRateLimit(budget.limit(), budget.period());
                }
                case "--fault" -> {
                    FaultOption.parse(value).accept(FaultOption.scratchFaults()); // refuses a bad value now, not after the start
                    faults.add(value);
                }
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (renderDelay != null) {
            renderDelays(builder, renderDelay, renderSeed);
        }
        return new EmulatorOptions(builder.settings(), portFile, false, List.copyOf(faults), logFile, exitWithParent);
    }

    private static void renderDelays(DatadogEmulator.Builder builder, String value, long seed) {
        int range = value.indexOf("..");
        if (range < 0) {
            builder.renderDelay(OptionValues.duration("--render-delay", value));
            return;
        }
        Duration min = OptionValues.duration("--render-delay", value.substring(0, range));
        Duration max = OptionValues.duration("--render-delay", value.substring(range + 2));
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("--render-delay range must go from the shorter to the longer time, got '"
                    + value + "'");
        }
        builder.renderDelays(min, max, seed);
    }

    private static boolean knownOption(String arg) {
        return switch (arg) {
            case "--port", "--port-file", "--log-file", "--render-delay", "--render-seed", "--api-key", "--app-key", "--scoped-app-key",
                    "--rate-limit", "--query-rate-limit", "--fault" -> true;
            default -> false;
        };
    }
}

package io.github.datadogsnapshot.emulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Runs the emulator on its own until the process is killed:
 * {@code java -jar datadog-snapshot-emulator-<version>-standalone.jar --port 8126}.
 */
public final class Main {

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
            "                           metrics query calls (/api/v1/query) per window (default 1600/PT1H)",
            "  --fault FAULT            switch a fault on from the start (repeatable); FAULT is one of",
            "                             serverErrors=N  dropConnections=N  slowAnswers=DURATION[,PATH]",
            "                             trickle=DURATION[,PATH]  dropMidBody[=PATH]  brokenPng  neverReady",
            "                             nonPngBeforeReady  hugeDimensions  withoutContentLength  oversizedPng=BYTES",
            "                             foreignSnapshotHost=HOST  redirectImages=HOST  randomFaults=SHARE[,SEED]",
            "                           (see Faults; PATH is a path prefix such as /api/ or /snapshot/view/)",
            "  --help                   print this help",
            "",
            "DURATION is ISO-8601 (PT2S, PT1H) or a whole number of seconds.");

    /**
     * The parsed command line.
     *
     * @param settings the emulator's settings
     * @param portFile where to write the port, or {@code null}
     * @param help whether only the usage was asked for
     * @param faults the faults to switch on before the emulator starts, as given
     * @param logFile where the output goes, or {@code null} for the console
     * @param exitWithParent whether the emulator stops when its parent process ends
     */
    record Options(EmulatorSettings settings, Path portFile, boolean help, List<String> faults, Path logFile,
                   boolean exitWithParent) {

        /** Switches the faults on. */
        void applyFaults(Faults target) {
            faults.forEach(spec -> fault(spec).accept(target));
        }
    }

    private Main() {}

    /** Starts the emulator and waits until the process is killed; bad arguments exit with status 2. */
    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(USAGE);
            return;
        }
        if (options.logFile() != null) {
            logTo(options.logFile());
        }
        if (options.exitWithParent()) {
            exitWithParent();
        }
        DatadogEmulator emulator;
        try {
            emulator = new DatadogEmulator(options.settings());
            options.applyFaults(emulator.faults());
            emulator.start();
            if (options.portFile() != null) {
                writePortFile(options.portFile(), emulator.port());
            }
        } catch (UncheckedIOException e) {
            System.err.println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "datadog-emulator-shutdown"));
        System.out.println(banner(emulator) + (options.faults().isEmpty() ? ""
                : System.lineSeparator() + "Faults switched on: " + String.join(" ", options.faults())));
        new CountDownLatch(1).await(); // the server runs until the process is killed
    }

    /** Sends this process's output to the file, created or replaced; exits with status 1 if it cannot. */
    private static void logTo(Path file) {
        try {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            PrintStream log = new PrintStream(Files.newOutputStream(target), true, StandardCharsets.UTF_8);
            System.setOut(log);
            System.setErr(log);
        } catch (IOException e) {
            System.err.println("error: could not write the log file " + file + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Ends this process when its parent ends. A build that starts the emulator in the background (exec-maven-plugin's
     * {@code async}) then needs no shutdown hook of its own to stop it: such hooks run after Maven has closed the
     * plugin's class realm and fail with {@code NoClassDefFoundError}.
     */
    private static void exitWithParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            System.err.println("error: --exit-with-parent: this process has no parent process to wait for");
            System.exit(1);
            return;
        }
        Thread watcher = new Thread(() -> {
            parent.onExit().join();
            System.out.println("The process that started the emulator (" + parent.pid() + ") has ended; stopping");
            System.exit(0);
        }, "datadog-emulator-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Reads the command line; throws {@link IllegalArgumentException} with a message for the user. */
    static Options parse(String... args) {
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
                return new Options(builder.settings(), null, true, List.of(), null, false);
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
                case "--port" -> builder.port(port(value));
                case "--port-file" -> portFile = Path.of(value);
                case "--log-file" -> logFile = Path.of(value);
                case "--render-delay" -> renderDelay = value;
                case "--render-seed" -> renderSeed = seed(name, value);
                case "--api-key" -> builder.apiKey(value);
                case "--app-key" -> builder.applicationKey(value);
                case "--scoped-app-key" -> builder.scopedApplicationKey(value);
                case "--rate-limit" -> {
                    Budget budget = budget(name, value);
                    builder.rateLimit(budget.limit(), budget.period());
                }
                case "--query-rate-limit" -> {
                    Budget budget = budget(name, value);
                    builder.queryRateLimit(budget.limit(), budget.period());
                }
                case "--fault" -> {
                    fault(value).accept(scratchFaults()); // refuses a bad value now, not after the start
                    faults.add(value);
                }
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (renderDelay != null) {
            renderDelays(builder, renderDelay, renderSeed);
        }
        return new Options(builder.settings(), portFile, false, List.copyOf(faults), logFile, exitWithParent);
    }

    private static void renderDelays(DatadogEmulator.Builder builder, String value, long seed) {
        int range = value.indexOf("..");
        if (range < 0) {
            builder.renderDelay(duration("--render-delay", value));
            return;
        }
        Duration min = duration("--render-delay", value.substring(0, range));
        Duration max = duration("--render-delay", value.substring(range + 2));
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("--render-delay range must go from the shorter to the longer time, got '"
                    + value + "'");
        }
        builder.renderDelays(min, max, seed);
    }

    private static long seed(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, got '" + value + "'");
        }
    }

    /** The line printed once the emulator listens; custom keys are not echoed. */
    static String banner(DatadogEmulator emulator) {
        boolean demoKeys = emulator.apiKey().equals(EmulatorSettings.DEFAULT_API_KEY)
                && emulator.applicationKey().equals(EmulatorSettings.DEFAULT_APPLICATION_KEY);
        String keys = demoKeys
                ? "api key " + emulator.apiKey() + ", application key " + emulator.applicationKey()
                : "api key and application key as given";
        return "Datadog emulator listening on " + emulator.baseUrl() + " (" + keys + ")";
    }

    /** Writes the port to a temporary file and moves it into place, so readers never see half a file. */
    static void writePortFile(Path file, int port) {
        try {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            Files.writeString(temp, port + System.lineSeparator(), StandardCharsets.US_ASCII);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the port file " + file, e);
        }
    }

    private static boolean knownOption(String arg) {
        return switch (arg) {
            case "--port", "--port-file", "--log-file", "--render-delay", "--render-seed", "--api-key", "--app-key", "--scoped-app-key",
                    "--rate-limit", "--query-rate-limit", "--fault" -> true;
            default -> false;
        };
    }

    /** A fault of the command line, {@code NAME[=VALUE]}; throws {@link IllegalArgumentException} naming it. */
    static Consumer<Faults> fault(String spec) {
        int eq = spec.indexOf('=');
        String name = eq < 0 ? spec : spec.substring(0, eq);
        String value = eq < 0 ? null : spec.substring(eq + 1);
        String option = "--fault " + name;
        Consumer<Faults> fault = switch (name) {
            case "serverErrors" -> f -> f.serverErrors(count(option, value));
            case "dropConnections" -> f -> f.dropConnections(count(option, value));
            case "slowAnswers" -> f -> f.slowAnswers(duration(option, first(option, value)), pathOf(value));
            case "trickle" -> f -> f.trickle(duration(option, first(option, value)), pathOf(value));
            case "dropMidBody" -> f -> f.dropMidBody(value == null ? "/" : value);
            case "brokenPng" -> f -> f.brokenPng(flag(option, value));
            case "neverReady" -> f -> f.neverReady(flag(option, value));
            case "nonPngBeforeReady" -> f -> f.nonPngBeforeReady(flag(option, value));
            case "hugeDimensions" -> f -> f.hugeDimensions(flag(option, value));
            case "withoutContentLength" -> f -> f.withoutContentLength(flag(option, value));
            case "oversizedPng" -> f -> f.oversizedPng(count(option, value));
            case "foreignSnapshotHost" -> f -> f.foreignSnapshotHost(first(option, value));
            case "redirectImages" -> f -> f.redirectImages(first(option, value));
            case "randomFaults" -> f -> f.randomFaults(share(option, first(option, value)),
                    afterComma(value) == null ? 0 : seed(option + " seed", afterComma(value)));
            default -> throw new IllegalArgumentException("unknown fault '" + name + "'; see --help for the faults");
        };
        return faults -> {
            try {
                fault.accept(faults);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().startsWith("--") ? e.getMessage()
                        : option + ": " + e.getMessage());
            }
        };
    }

    private static Faults scratchFaults() {
        RateLimitWindow window = new RateLimitWindow(1, Duration.ofHours(1), java.time.Clock.systemUTC());
        return new Faults(window, window);
    }

    /** The part of a fault's value before its comma. */
    private static String first(String option, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        int comma = value.indexOf(',');
        return comma < 0 ? value : value.substring(0, comma);
    }

    /** The path prefix after a fault's comma, {@code /} (every path) without one. */
    private static String pathOf(String value) {
        String path = afterComma(value);
        return path == null ? "/" : path;
    }

    private static String afterComma(String value) {
        int comma = value == null ? -1 : value.indexOf(',');
        return comma < 0 ? null : value.substring(comma + 1);
    }

    private static int count(String option, String value) {
        try {
            return Integer.parseInt(first(option, value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
        }
    }

    private static boolean flag(String option, String value) {
        if (value == null || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException(option + " is true or false, got '" + value + "'");
    }

    private static double share(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a share from 0 to 1, got '" + value + "'");
        }
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be a number from 0 to 65535, got '" + value + "'");
    }

    /** A number of calls per period, read from {@code N/DURATION}. */
    private record Budget(int limit, Duration period) {}

    private static Budget budget(String option, String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException(option + " must look like 60/PT1H, got '" + value + "'");
        }
        int limit;
        try {
            limit = Integer.parseInt(value.substring(0, slash));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must start with a whole number of calls, got '" + value + "'");
        }
        if (limit < 1) {
            throw new IllegalArgumentException(option + " must allow at least 1 call, got '" + value + "'");
        }
        Duration period = duration(option, value.substring(slash + 1));
        if (period.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(option + " period must be at least one second, got '" + value + "'");
        }
        return new Budget(limit, period);
    }

    private static Duration duration(String option, String value) {
        Duration duration;
        try {
            duration = value.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value)) : Duration.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(
                    option + " needs an ISO-8601 duration such as PT2S or a whole number of seconds, got '" + value + "'");
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException(option + " must not be negative, got '" + value + "'");
        }
        return duration;
    }
}

package io.github.datadogsnapshot.emulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator on its own until the process is killed:
 * {@code java -jar datadog-snapshot-emulator-<version>-standalone.jar --port 8126}. The command line is read by
 * {@link EmulatorOptions}; this class starts and stops the emulator, writes the port file, sends the output to the
 * log file and stops with the parent process.
 */
public final class Main {

    private Main() {}

    /** Starts the emulator and waits until the process is killed; bad arguments exit with status 2. */
    public static void main(String[] args) throws InterruptedException {
        EmulatorOptions options;
        try {
            options = EmulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(EmulatorOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(EmulatorOptions.USAGE);
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
}

package io.github.datadogsnapshot.client;

import java.io.IOException;

/**
 * Runs a capture's last words when the JVM shuts down while it runs (Ctrl-C on a build, a stopped container): the
 * unfinished graphs are called off and the manifest written, so what was already stored is recorded. Removed as
 * soon as the capture ends on its own.
 */
final class ShutdownGuard {

    /** The capture's last words. */
    @FunctionalInterface
    interface LastWords {
        void say() throws IOException;
    }

    private final Thread hook;

    private ShutdownGuard(Thread hook) {
        this.hook = hook;
    }

    static ShutdownGuard install(LastWords lastWords) {
        Thread hook = new Thread(() -> {
            try {
                lastWords.say();
            } catch (IOException | RuntimeException | LinkageError e) {
                // The JVM is going down; there is no one left to tell (a build tool may have closed the class loader).
            }
        }, "datadog-snapshot-shutdown");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the capture is cut short with the JVM.
        }
        return new ShutdownGuard(hook);
    }

    void remove() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The shutdown has begun and the hook runs (or ran): it writes the manifest.
        }
    }
}

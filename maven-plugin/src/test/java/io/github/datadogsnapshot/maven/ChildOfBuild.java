package io.github.datadogsnapshot.maven;

import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Runs a program's {@code main} for as long as the Maven build that started this JVM runs, with the program's output
 * in a file: how the build starts its emulator in the background.
 *
 * <p>Why not exec-maven-plugin's {@code async} alone: it closes its {@code outputFile} as soon as the process has
 * started (the output is lost), and {@code asyncDestroyOnShutdown} destroys the process from a JVM shutdown hook that
 * runs after Maven has closed the plugin's class realm, so commons-exec then fails to load
 * {@code org.apache.commons.exec.util.DebugUtils} and prints {@code NoClassDefFoundError} stack traces after
 * "BUILD SUCCESS". Started with {@code inheritIo} and without {@code asyncDestroyOnShutdown}, exec-maven-plugin
 * neither writes nor destroys anything: this JVM writes its own log and ends when its parent, the Maven JVM, ends.
 *
 * <p>Usage: {@code java -cp CLASSPATH ChildOfBuild LOG_FILE MAIN_CLASS [ARGUMENTS...]}
 */
public final class ChildOfBuild {

    private ChildOfBuild() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ChildOfBuild LOG_FILE MAIN_CLASS [ARGUMENTS...]");
            System.exit(2);
        }
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            System.err.println("No parent process whose end would stop " + args[1] + "; not starting it");
            System.exit(1);
        }
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        String[] arguments = Arrays.copyOfRange(args, 2, args.length);
        PrintStream log = new PrintStream(new FileOutputStream(args[0]), true, StandardCharsets.UTF_8);
        System.setOut(log);
        System.setErr(log);
        Thread program = new Thread(() -> {
            try {
                main.invoke(null, (Object) arguments);
            } catch (InvocationTargetException | IllegalAccessException e) {
                (e.getCause() != null ? e.getCause() : e).printStackTrace();
                System.exit(1);
            }
        }, args[1]);
        program.setDaemon(true);
        program.start();
        parent.onExit().join();
        System.out.println("The build that started " + args[1] + " (process " + parent.pid() + ") has ended; stopping");
        System.exit(0);
    }
}

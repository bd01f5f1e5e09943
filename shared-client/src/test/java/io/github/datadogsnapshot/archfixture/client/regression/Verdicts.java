package io.github.datadogsnapshot.archfixture.client.regression;

import io.github.datadogsnapshot.archfixture.client.format.Formatting;
import java.io.File;

/** Uses the package below it, which is allowed, and reads a file, which the regression package may not. */
public final class Verdicts {

    private Verdicts() {
    }

    public static String name(int verdict) {
        return verdict == 0 ? "OK" : Formatting.label(verdict - 1);
    }

    public static boolean stored(String name) {
        return new File(name).exists();
    }
}

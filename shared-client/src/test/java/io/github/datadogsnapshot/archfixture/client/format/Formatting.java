package io.github.datadogsnapshot.archfixture.client.format;

import io.github.datadogsnapshot.archfixture.client.regression.Verdicts;

/** Breaks the layers on purpose: the bottom package uses one above it (and so they form a cycle). */
public final class Formatting {

    private Formatting() {
    }

    public static String label(int verdict) {
        return Verdicts.name(verdict);
    }
}

package io.github.datadogsnapshot.client.config;

import java.util.Objects;

/**
 * What {@link io.github.datadogsnapshot.client.SnapshotClient#checkKeys()} found out about the two keys, with a message for people that says
 * which key is wrong. No snapshot is created by the check.
 *
 * @param verdict the outcome
 * @param message what to tell the user; never contains a key
 */
public record KeyCheck(Verdict verdict, String message) {

    /** The outcomes of a key check. */
    public enum Verdict {
        /** Both keys are valid (scopes cannot be seen). */
        BOTH_VALID,
        /** The API key is valid; the endpoint offers no check of the application key. */
        APPLICATION_KEY_UNCHECKED,
        /** The API key was refused. */
        API_KEY_WRONG,
        /** The API key is valid, the application key was refused. */
        APPLICATION_KEY_WRONG,
        /** The endpoint could not be reached or answered something unexpected. */
        NOT_CHECKED
    }

    public KeyCheck {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
    }

    /** Whether both keys are known to be valid. */
    public boolean isValid() {
        return verdict == Verdict.BOTH_VALID;
    }

    /** Whether a key is known to be wrong. */
    public boolean isWrong() {
        return verdict == Verdict.API_KEY_WRONG || verdict == Verdict.APPLICATION_KEY_WRONG;
    }
}

package io.github.datadogsnapshot.client.manifest;

/** This library's version, as packaged. */
public final class Version {

    private Version() {
    }

    /** The implementation version from the jar's manifest, {@code dev} when run from classes. */
    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}

package io.jenkins.plugins.datadogsnapshot;

import io.github.datadogsnapshot.client.manifest.Manifest;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One build's stored snapshots as the views need them.
 *
 * @param manifest      its manifest
 * @param imageBase     the URL of its images, ending in {@code /}
 * @param stored        whether an image file (by name) is still stored with the build
 * @param imagesVisible whether the current user may see the build's images
 * @param label         how to name the build, e.g. {@code #41}
 * @param pageUrl       the URL of its snapshots page, ending in {@code /}
 */
public record StoredBuild(
        Manifest manifest,
        String imageBase,
        Predicate<String> stored,
        boolean imagesVisible,
        String label,
        String pageUrl) {
    public StoredBuild {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(imageBase, "imageBase");
        Objects.requireNonNull(stored, "stored");
    }
}

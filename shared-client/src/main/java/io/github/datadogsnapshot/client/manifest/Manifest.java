package io.github.datadogsnapshot.client.manifest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contract between a capture and every report: {@code snapshots.json} in the output folder, one entry
 * per requested graph whether it succeeded or not. Read and written by {@link Manifests}.
 *
 * @param schemaVersion the format version; readers refuse newer ones
 * @param generator     what wrote it, e.g. {@code datadog-snapshot 0.1.0}
 * @param updatedAt     when it was last written
 * @param endpoint      the site or API URL the graphs came from
 * @param graphs        the entries, in the order they were requested
 */
public record Manifest(int schemaVersion, String generator, Instant updatedAt, String endpoint,
                       List<ManifestEntry> graphs) {

    /**
     * The version this library writes and the newest it reads: 2 adds each graph's numbers, thresholds, comparison
     * and renderer; a manifest of version 1 reads with those absent.
     */
    public static final int SCHEMA_VERSION = 2;

    public Manifest {
        Objects.requireNonNull(graphs, "graphs");
        graphs = List.copyOf(graphs);
    }

    /** A manifest of this library's schema. */
    public static Manifest of(Instant updatedAt, String endpoint, List<ManifestEntry> graphs) {
        return new Manifest(SCHEMA_VERSION, "datadog-snapshot " + Version.get(), updatedAt, endpoint, graphs);
    }

    /** The entry named {@code name}. */
    public Optional<ManifestEntry> entry(String name) {
        return graphs.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * The names given to more than one entry, in order; a manifest written by this library has none, a hand-edited
     * or merged one may. {@link #entry} finds the first of such entries.
     */
    @JsonIgnore
    public List<String> duplicateNames() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        graphs.forEach(e -> counts.merge(e.name(), 1, Integer::sum));
        return counts.entrySet().stream().filter(c -> c.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    /** How many graphs failed. */
    @JsonIgnore
    public long failedCount() {
        return graphs.stream().filter(e -> !e.isCaptured()).count();
    }

    /**
     * This manifest with {@code newer} entries added: an entry of the same name is replaced in place, others
     * are appended. Lets several captures of one build share a folder.
     */
    public Manifest withEntries(Instant updatedAt, String endpoint, List<ManifestEntry> newer) {
        Map<String, ManifestEntry> byName = new LinkedHashMap<>();
        graphs.forEach(e -> byName.put(e.name(), e));
        newer.forEach(e -> byName.put(e.name(), e));
        return Manifest.of(updatedAt, endpoint, new ArrayList<>(byName.values()));
    }
}

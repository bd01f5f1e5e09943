package io.github.datadogsnapshot.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Folders this process cannot write to, found by trying rather than assumed: permissions do not stop the superuser
 * (builds in containers often run as root), so a read-only folder is used where it works and {@code /sys} (not
 * writable for anyone) where it exists.
 */
public final class UnwritableFolders {

    private UnwritableFolders() {
    }

    public static List<Path> find(Path temp) throws IOException {
        List<Path> found = new ArrayList<>();
        Path readOnly = Files.createDirectories(temp.resolve("read-only"));
        if (readOnly.toFile().setWritable(false, false) && !canWrite(readOnly)) {
            found.add(readOnly);
        }
        Path sys = Path.of("/sys");
        if (Files.isDirectory(sys) && !canWrite(sys)) {
            found.add(sys);
            found.add(sys.resolve("datadog-snapshots"));
        }
        return found;
    }

    private static boolean canWrite(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

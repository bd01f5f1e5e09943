package io.jenkins.plugins.datadogsnapshot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The trend pictures drawn lately, by what they show ({@link Trend#signature()} with the job and the size): a job
 * page with several trends, viewed by many people, draws each picture once per set of builds. Bounded to
 * {@value #MAX_PICTURES} pictures (a few hundred KiB), the least recently used dropped first.
 */
final class TrendImages {

    static final int MAX_PICTURES = 32;
    /** The pictures of the whole controller. */
    static final TrendImages SHARED = new TrendImages(MAX_PICTURES);

    private final Map<String, byte[]> pictures;

    TrendImages(int maxPictures) {
        this.pictures = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                // super: the map's own size, said so (this class's size() would be a plausible reading, and SpotBugs
                // reports the ambiguity as IA_AMBIGUOUS_INVOCATION_OF_INHERITED_OR_OUTER_METHOD).
                return super.size() > maxPictures;
            }
        };
    }

    /**
     * The picture of {@code key}, drawn by {@code draw} when it is not at hand. Drawing happens outside the lock, so
     * one slow picture does not hold up the others; two requests for a new picture at once may both draw it.
     */
    byte[] get(String key, Supplier<byte[]> draw) {
        synchronized (pictures) {
            byte[] known = pictures.get(key);
            if (known != null) {
                return known;
            }
        }
        byte[] drawn = draw.get();
        synchronized (pictures) {
            pictures.put(key, drawn);
        }
        return drawn;
    }

    int size() {
        synchronized (pictures) {
            return pictures.size();
        }
    }
}

package io.github.datadogsnapshot.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The repository's Markdown files, and what GitHub makes of their headings. */
final class MarkdownFiles {

    private MarkdownFiles() {
    }

    /**
     * Every {@code *.md} under {@code root}, outside build output ({@code target/}), hidden folders and
     * {@code docs-pending/} (texts handed in for the lead to fold into {@code docs/}; they are checked once there).
     */
    static List<Path> under(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> Files.isRegularFile(f))
                    .filter(f -> root.relativize(f).toString().isEmpty() || !skipped(root.relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.equals("node_modules") || name.equals("docs-pending")
                    || (name.startsWith(".") && name.length() > 1)) {
                return true;
            }
        }
        return false;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether each line is inside a fenced code block (the fence lines included). */
    static boolean[] fenced(List<String> lines) {
        boolean[] inside = new boolean[lines.size()];
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            String trimmed = lines.get(i).strip();
            if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
                inside[i] = true;
            } else if (fence != null) {
                inside[i] = true;
                if (trimmed.equals(fence)) {
                    fence = null;
                }
            }
        }
        return inside;
    }

    /**
     * The anchors GitHub gives the headings of {@code file}: lower case, punctuation other than {@code -} and
     * {@code _} dropped, spaces turned into {@code -}; a repeated anchor gets {@code -1}, {@code -2}. Explicit
     * {@code <a id="...">} / {@code name="..."} anchors count too.
     */
    static Set<String> anchors(Path file) {
        List<String> lines = lines(file);
        boolean[] fenced = fenced(lines);
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (fenced[i]) {
                continue;
            }
            String line = lines.get(i);
            java.util.regex.Matcher html = java.util.regex.Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"").matcher(line);
            while (html.find()) {
                anchors.add(html.group(1));
            }
            if (!line.startsWith("#")) {
                continue;
            }
            String text = line.replaceFirst("^#+\\s*", "").replaceFirst("\\s+#+\\s*$", "");
            String slug = slug(text);
            int count = seen.merge(slug, 1, Integer::sum);
            anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return anchors;
    }

    static String slug(String heading) {
        String text = heading.replaceAll("`", "").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(Character.toLowerCase(c));
            } else if (c == ' ') {
                slug.append('-');
            }
            i += Character.charCount(c);
        }
        return slug.toString().toLowerCase(Locale.ROOT);
    }

    /** {@code lines} with fenced blocks blanked and inline code spans removed: where links are looked for. */
    static List<String> prose(List<String> lines) {
        boolean[] fenced = fenced(lines);
        List<String> prose = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            prose.add(fenced[i] ? "" : lines.get(i).replaceAll("`[^`]*`", "``"));
        }
        return prose;
    }
}

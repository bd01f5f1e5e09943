package io.github.datadogsnapshot.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Snippets of a Markdown file that must be the text of a file the build uses. A snippet is a fenced block right after
 * a line {@code <!-- snippet: path -->} (the whole file) or {@code <!-- snippet: path#region -->} (the lines between
 * {@code docs:region} and {@code /docs:region} marker lines of that file, as XML or {@code //} comments), path from
 * the repository's root. The region is compared after removing other marker lines and its common indentation, and
 * after invoker's filtering ({@code @project.version@} ...) for the invoker ITs' files. Every {@code xml} and
 * {@code groovy} block must be such a snippet: those are the POMs, settings and Jenkinsfiles a reader copies.
 */
final class SnippetCheck {

    static final Set<String> CHECKED_LANGUAGES = Set.of("xml", "groovy");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*snippet:\\s*([^#\\s]+)(?:#(\\S+))?\\s*-->\\s*$");
    private static final Pattern REGION_LINE = Pattern.compile("^\\s*(?:<!--|//)\\s*/?docs:[\\w.-]+\\s*(?:-->)?\\s*$");

    private final Path root;
    private final Map<String, String> filters;
    private int snippetsChecked;

    SnippetCheck(Path root, Map<String, String> filters) {
        this.root = root.toAbsolutePath().normalize();
        this.filters = filters;
    }

    int snippetsChecked() {
        return snippetsChecked;
    }

    List<String> check(Path file) {
        Path md = file.toAbsolutePath().normalize();
        List<String> lines = MarkdownFiles.lines(md);
        List<String> problems = new ArrayList<>();
        String pendingSource = null;
        int pendingLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher marker = MARKER.matcher(line);
            if (marker.matches()) {
                pendingSource = line;
                pendingLine = i;
                continue;
            }
            String trimmed = line.strip();
            if (!trimmed.startsWith("```")) {
                if (pendingSource != null && !trimmed.isEmpty()) {
                    problems.add(where(md, pendingLine) + "a snippet marker must be followed by a fenced block");
                    pendingSource = null;
                }
                continue;
            }
            String language = trimmed.substring(3).strip();
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                end++;
            }
            List<String> block = lines.subList(i + 1, Math.min(end, lines.size()));
            if (pendingSource != null) {
                Matcher m = MARKER.matcher(pendingSource);
                m.matches();
                String problem = compare(m.group(1), m.group(2), block, i + 1);
                if (problem != null) {
                    problems.add(where(md, pendingLine) + problem);
                }
                snippetsChecked++;
            } else if (CHECKED_LANGUAGES.contains(language)) {
                problems.add(where(md, i) + "a " + language + " block that is not a snippet of a file the build uses"
                        + " (precede it with <!-- snippet: path#region -->)");
            }
            pendingSource = null;
            i = end;
        }
        return problems;
    }

    private String compare(String path, String region, List<String> block, int firstLine) {
        Path source = root.resolve(path).normalize();
        if (!source.startsWith(root) || !Files.isRegularFile(source)) {
            return "snippet source " + path + " does not exist";
        }
        List<String> expected;
        try {
            expected = expected(MarkdownFiles.lines(source), region);
        } catch (IllegalArgumentException e) {
            return "snippet source " + path + ": " + e.getMessage();
        }
        List<String> actual = block.stream().map(String::stripTrailing).toList();
        for (int k = 0; k < Math.max(expected.size(), actual.size()); k++) {
            String want = k < expected.size() ? expected.get(k) : "(end of the snippet)";
            String have = k < actual.size() ? actual.get(k) : "(end of the block)";
            if (!want.equals(have)) {
                return "the block differs from " + path + (region == null ? "" : "#" + region) + " at its line "
                        + (k + 1) + ": expected '" + want + "' but the page has '" + have + "'";
            }
        }
        return null;
    }

    /** The lines a snippet of {@code source} must have. */
    List<String> expected(List<String> source, String region) {
        List<String> lines = source;
        if (region != null) {
            Pattern start = Pattern.compile("^\\s*(?:<!--|//)\\s*docs:" + Pattern.quote(region) + "\\s*(?:-->)?\\s*$");
            Pattern stop = Pattern.compile("^\\s*(?:<!--|//)\\s*/docs:" + Pattern.quote(region) + "\\s*(?:-->)?\\s*$");
            int from = indexOf(source, start, 0);
            int to = from < 0 ? -1 : indexOf(source, stop, from + 1);
            if (from < 0 || to < 0) {
                throw new IllegalArgumentException("no region '" + region + "' (docs:" + region + " ... /docs:" + region + ")");
            }
            lines = source.subList(from + 1, to);
        }
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (!REGION_LINE.matcher(line).matches()) {
                kept.add(filter(line).stripTrailing());
            }
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        int indent = kept.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return kept.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }

    private String filter(String line) {
        String filtered = line;
        for (Map.Entry<String, String> e : filters.entrySet()) {
            filtered = filtered.replace("@" + e.getKey() + "@", e.getValue());
        }
        return filtered;
    }

    private static int indexOf(List<String> lines, Pattern pattern, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private String where(Path md, int index) {
        return root.relativize(md) + ":" + (index + 1) + ": ";
    }
}

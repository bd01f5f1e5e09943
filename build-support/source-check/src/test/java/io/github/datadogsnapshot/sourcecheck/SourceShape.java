package io.github.datadogsnapshot.sourcecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The shape of a tree's production sources: files under a {@code src/main} folder, outside {@code target/} and hidden
 * folders. Each check returns one line per problem, naming the files relative to the root.
 */
final class SourceShape {

    private final Path root;

    SourceShape(Path root) {
        this.root = root;
    }

    /** Every {@code .java} file under a {@code src/main} folder. */
    List<Path> mainJava() {
        return mainFiles().stream().filter(p -> p.toString().endsWith(".java")).toList();
    }

    /** The Java files of {@code src/main} longer than {@code limit} lines. */
    List<String> longerThan(int limit) {
        List<String> problems = new ArrayList<>();
        for (Path file : mainJava()) {
            int lines = lines(file).size();
            if (lines > limit) {
                problems.add(relative(file) + ": " + lines + " lines, more than " + limit);
            }
        }
        return problems;
    }

    /**
     * Runs of {@code minLines} or more lines that stand in two places of {@code src/main} Java, compared after
     * trimming and without blank lines, lone braces, imports and comments (those say nothing of repeated logic).
     */
    List<String> repeatedBlocks(int minLines) {
        Map<String, List<String>> places = new LinkedHashMap<>();
        for (Path file : mainJava()) {
            List<Line> code = significant(lines(file));
            for (int i = 0; i + minLines <= code.size(); i++) {
                StringBuilder key = new StringBuilder();
                for (int j = i; j < i + minLines; j++) {
                    key.append(code.get(j).text()).append('\n');
                }
                places.computeIfAbsent(key.toString(), k -> new ArrayList<>())
                        .add(relative(file) + ":" + code.get(i).number());
            }
        }
        Set<String> problems = new LinkedHashSet<>();
        Set<String> reportedFiles = new LinkedHashSet<>();
        for (List<String> where : places.values()) {
            if (where.size() > 1) {
                String pair = fileOf(where.get(0)) + " ~ " + fileOf(where.get(1));
                if (reportedFiles.add(pair)) {
                    problems.add(minLines + "+ lines repeated: " + where.get(0) + " ~ " + where.get(1));
                }
            }
        }
        return new ArrayList<>(problems);
    }

    /** Help files ({@code help*.html} under {@code src/main}) whose bytes are the same as another's. */
    List<String> identicalHelpFiles() {
        Map<String, String> firstByContent = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : mainFiles()) {
            String name = file.getFileName().toString();
            if (name.startsWith("help") && name.endsWith(".html")) {
                String content = Arrays.toString(bytes(file));
                String first = firstByContent.putIfAbsent(content, relative(file));
                if (first != null) {
                    problems.add(relative(file) + " is the same as " + first);
                }
            }
        }
        return problems;
    }

    private record Line(int number, String text) {
    }

    private static List<Line> significant(List<String> lines) {
        List<Line> code = new ArrayList<>();
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trim();
            if (inComment) {
                inComment = !t.contains("*/");
                continue;
            }
            if (t.startsWith("/*")) {
                inComment = !t.contains("*/");
                continue;
            }
            if (t.isEmpty() || t.startsWith("//") || t.startsWith("import ") || t.startsWith("package ")
                    || t.matches("[{}();,]+")) {
                continue;
            }
            code.add(new Line(i + 1, t));
        }
        return code;
    }

    private List<Path> mainFiles() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String rel = relative(p);
                        return (rel.contains("/src/main/") || rel.startsWith("src/main/"))
                                && !rel.contains("/target/") && !rel.startsWith("target/")
                                && Arrays.stream(rel.split("/")).noneMatch(s -> s.startsWith("."));
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String fileOf(String place) {
        return place.substring(0, place.lastIndexOf(':'));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

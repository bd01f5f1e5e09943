package io.github.datadogsnapshot.docs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative links of a Markdown file: the file or folder exists inside the repository, and an anchor names a heading
 * of the Markdown file it points into. Also refuses any text naming a path that leaves the repository
 * ({@code ../shared/design.md} from the root), in code spans and blocks as well.
 */
final class LinkCheck {

    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern HTML_LINK = Pattern.compile("(?:href|src)=\"([^\"]+)\"");
    private static final Pattern PARENT_PATH = Pattern.compile("(?<![\\w./-])((?:\\.\\./)+[\\w.-]*)");

    private final Path root;
    private int linksChecked;

    LinkCheck(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    int linksChecked() {
        return linksChecked;
    }

    /** The problems of {@code file}, each as {@code path:line: what}; empty when every link resolves. */
    List<String> check(Path file) {
        Path md = file.toAbsolutePath().normalize();
        List<String> lines = MarkdownFiles.lines(md);
        List<String> prose = MarkdownFiles.prose(lines);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < prose.size(); i++) {
            String line = prose.get(i);
            for (Pattern pattern : List.of(INLINE_LINK, HTML_LINK, REFERENCE_DEFINITION)) {
                Matcher m = pattern.matcher(line);
                while (m.find()) {
                    String problem = checkTarget(md, m.group(1));
                    if (problem != null) {
                        problems.add(where(md, i) + problem);
                    }
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = PARENT_PATH.matcher(lines.get(i));
            while (m.find()) {
                Path target = md.getParent().resolve(m.group(1)).normalize();
                if (!target.startsWith(root)) {
                    problems.add(where(md, i) + "'" + m.group(1) + "' is outside the repository");
                }
            }
        }
        return problems;
    }

    private String checkTarget(Path md, String target) {
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null; // http:, https:, mailto: ...
        }
        linksChecked++;
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = path.isEmpty() ? md
                : (path.startsWith("/") ? root.resolve(path.substring(1)) : md.getParent().resolve(decode(path)))
                        .normalize();
        if (!resolved.startsWith(root)) {
            return "link '" + target + "' leaves the repository";
        }
        if (!Files.exists(resolved)) {
            return "link '" + target + "': " + root.relativize(resolved) + " does not exist";
        }
        if (anchor != null && !anchor.isEmpty()) {
            if (!resolved.toString().endsWith(".md")) {
                return "link '" + target + "': an anchor into a file that is not Markdown";
            }
            if (!MarkdownFiles.anchors(resolved).contains(anchor)) {
                return "link '" + target + "': " + root.relativize(resolved) + " has no heading with anchor #" + anchor;
            }
        }
        return null;
    }

    private static String decode(String path) {
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private String where(Path md, int index) {
        return root.relativize(md) + ":" + (index + 1) + ": ";
    }
}

package io.github.datadogsnapshot.maven;

import static io.github.datadogsnapshot.maven.TestCaptures.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.CaptureResult;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.Manifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cross-plugin golden test, Maven side: the overview rows of the rendered page (the HTML table's cells) are
 * shared-client's {@code golden/overview.txt}, character for character, the file the core's and the Jenkins views'
 * golden tests read too; and the log's threshold messages say what the overview says of each breached graph.
 */
class GoldenOverviewTest {

    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&#x([0-9a-fA-F]+);");

    /** shared-client's golden folder, found from the module's folder up (tests run in the module's folder). */
    static Path golden() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path golden = dir.resolve("shared-client/src/test/resources/golden");
            if (Files.isDirectory(golden)) {
                return golden;
            }
        }
        throw new IllegalStateException("no shared-client/src/test/resources/golden above " + Path.of("").toAbsolutePath());
    }

    static Manifest read(String file) throws IOException {
        return Manifests.read(golden().resolve(file));
    }

    /** The overview's rows as golden/overview.txt writes them: every cell's text, separated by {@code  | }. */
    static List<String> overviewRows(String html) {
        int start = html.indexOf("<h2>Overview</h2>");
        String table = html.substring(html.indexOf("<table", start), html.indexOf("</table>", start));
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            List<String> cells = CELL.matcher(row.group(1)).results().map(c -> text(c.group(1))).toList();
            if (!cells.isEmpty()) {
                rows.add(String.join(" | ", cells));
            }
        }
        return rows;
    }

    private static String text(String html) {
        String plain = html.replaceAll("<[^>]+>", "");
        plain = ENTITY.matcher(plain).replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
        return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    @Test
    void shouldShowTheGoldenOverviewOnThePage() throws IOException {
        Manifest baseline = read("baseline.json");

        String html = page(ReportData.of(read("capture.json"), Map.of(), baseline, Map.of(), "target/baseline",
                "build #41"));

        assertThat(overviewRows(html)).containsExactlyElementsOf(
                Files.readAllLines(golden().resolve("overview.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void shouldWarnOfEveryBreachInTheWordsOfTheOverview() throws IOException {
        Manifest capture = read("capture.json");
        RecordingLog log = new RecordingLog();
        NumbersLog.write(new CaptureResult(capture.graphs(), null), read("baseline.json"), log);
        List<String> warnings = log.lines().stream().filter(l -> l.startsWith("WARN Threshold crossed: ")).toList();

        List<String[]> breached = Files.readAllLines(golden().resolve("overview.txt"), StandardCharsets.UTF_8).stream()
                .map(l -> l.split(" \\| ")).filter(cells -> cells[1].startsWith("Regression")).toList();
        assertThat(breached).hasSize(2);
        for (String[] row : breached) {
            // this build's value and the change column, as the overview shows them, in the threshold message
            assertThat(warnings).filteredOn(w -> w.contains(row[4]) && w.contains(row[6])).hasSize(1);
        }
    }
}

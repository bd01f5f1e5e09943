package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.regression.Threshold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The demo's committed baseline ({@code examples/maven-site-demo/baseline-snapshots}) still fits the demo: the same
 * graphs as its POM, made by {@link DemoBaseline} as its README says.
 */
class DemoBaselineTest {

    private static final Path DEMO = Path.of("..", "examples", "maven-site-demo");

    @Test
    void shouldDescribeTheGraphsOfTheDemosPom() throws Exception {
        List<String> pom = new ArrayList<>();
        NodeList graphs = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(DEMO.resolve("pom.xml").toFile()).getElementsByTagName("graph");
        for (int i = 0; i < graphs.getLength(); i++) {
            Element graph = (Element) graphs.item(i);
            pom.add(text(graph, "name") + " " + text(graph, "thresholds"));
        }

        assertThat(DemoBaseline.graphs()).extracting(g -> g.name() + " " + g.thresholds().stream()
                .map(Threshold::toString).reduce((a, b) -> a + "; " + b).orElse("")).containsExactlyElementsOf(pom);
    }

    @Test
    void shouldHoldTheBaselineDemoBaselineWrites() throws Exception {
        Path folder = DEMO.resolve("baseline-snapshots");
        Manifest manifest = Manifests.readIfPresent(folder).orElseThrow();

        assertThat(manifest.graphs()).extracting(ManifestEntry::name)
                .containsExactlyElementsOf(DemoBaseline.graphs().stream().map(GraphSpec::name).toList());
        for (ManifestEntry entry : manifest.graphs()) {
            assertThat(entry.rendererReason()).isEqualTo(DemoBaseline.REASON);
            assertThat(entry.series()).isNotEmpty();
            assertThat(Files.size(folder.resolve(entry.image().file()))).isEqualTo(entry.image().bytes());
        }
        assertThat(manifest.entry("latency").orElseThrow().series())
                .anySatisfy(s -> assertThat(s.query()).isEqualTo(DemoBaseline.SLOWER_NOW));
    }

    private static String text(Element graph, String tag) {
        NodeList nodes = graph.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}

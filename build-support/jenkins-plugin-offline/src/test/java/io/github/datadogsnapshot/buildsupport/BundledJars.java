package io.github.datadogsnapshot.buildsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The jars maven-hpi-plugin bundles into the .hpi, worked out from the POMs as Maven resolves them: the plugin's
 * compile and runtime dependencies that are not Jenkins plugins (plugins are loaded by Jenkins, never bundled),
 * transitively, without optional and test-scoped ones and without what an {@code <exclusion>} on the way removes.
 * Reactor modules are read from this repository, other artifacts from the local Maven repository; an artifact whose
 * POM cannot be found there counts as bundled without its dependencies (and is named in {@link #unresolved()}).
 */
final class BundledJars {

    /** The reactor modules the plugin may depend on, by artifact ID. */
    private static final Map<String, String> REACTOR = Map.of(
            "datadog-snapshot-client", "shared-client",
            "datadog-snapshot-charts", "charts");

    private final Path repositoryRoot;
    private final Path localRepository;
    private final Set<String> bundled = new TreeSet<>();
    private final List<String> unresolved = new ArrayList<>();

    private BundledJars(Path repositoryRoot, Path localRepository) {
        this.repositoryRoot = repositoryRoot;
        this.localRepository = localRepository;
    }

    /** The artifact IDs, sorted as maven-hpi-plugin compares them with {@code hpi.bundledArtifacts}. */
    static BundledJars of(Path pluginPom, Path repositoryRoot, Path localRepository) throws Exception {
        BundledJars jars = new BundledJars(repositoryRoot, localRepository);
        Document pom = parse(pluginPom);
        for (Element dependency : dependencies(pom)) {
            if (!isPlugin(text(dependency, "groupId"))) {
                jars.follow(dependency, pom, Set.of());
            }
        }
        return jars;
    }

    Set<String> artifactIds() {
        return bundled;
    }

    /** Artifacts counted as bundled whose own dependencies could not be read. */
    List<String> unresolved() {
        return unresolved;
    }

    private void follow(Element dependency, Document declaringPom, Set<String> excluded) throws Exception {
        String group = text(dependency, "groupId");
        String artifact = text(dependency, "artifactId");
        String scope = text(dependency, "scope");
        if (excluded.contains(group + ":" + artifact) || excluded.contains(group + ":*")
                || "true".equals(text(dependency, "optional"))
                || !(scope.isEmpty() || scope.equals("compile") || scope.equals("runtime"))
                || !bundled.add(artifact)) {
            return;
        }
        Set<String> below = new HashSet<>(excluded);
        NodeList exclusions = dependency.getElementsByTagName("exclusion");
        for (int i = 0; i < exclusions.getLength(); i++) {
            Element exclusion = (Element) exclusions.item(i);
            below.add(text(exclusion, "groupId") + ":" + text(exclusion, "artifactId"));
        }
        Path pom = pomOf(group, artifact, resolve(text(dependency, "version"), declaringPom));
        if (pom == null) {
            unresolved.add(group + ":" + artifact);
            return;
        }
        Document child = parse(pom);
        for (Element next : dependencies(child)) {
            follow(next, child, below);
        }
    }

    private Path pomOf(String group, String artifact, String version) {
        if (REACTOR.containsKey(artifact) && group.equals("io.github.datadogsnapshot")) {
            return repositoryRoot.resolve(REACTOR.get(artifact)).resolve("pom.xml");
        }
        if (version == null || version.isEmpty() || version.contains("${")) {
            return null;
        }
        Path pom = localRepository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".pom");
        return Files.isRegularFile(pom) ? pom : null;
    }

    /** A version with {@code ${property}} taken from the declaring POM's properties. */
    private static String resolve(String version, Document pom) {
        if (!version.startsWith("${") || !version.endsWith("}")) {
            return version;
        }
        NodeList properties = pom.getElementsByTagName(version.substring(2, version.length() - 1));
        return properties.getLength() == 0 ? version : properties.item(0).getTextContent().trim();
    }

    private static boolean isPlugin(String group) {
        return group.startsWith("org.jenkins-ci.plugins") || group.startsWith("io.jenkins.plugins");
    }

    /** The POM's own {@code /project/dependencies/dependency}, not those of its dependency management. */
    private static List<Element> dependencies(Document pom) {
        List<Element> found = new ArrayList<>();
        for (Node n = pom.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("dependencies")) {
                NodeList children = e.getChildNodes();
                for (int i = 0; i < children.getLength(); i++) {
                    if (children.item(i) instanceof Element d && d.getTagName().equals("dependency")) {
                        found.add(d);
                    }
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String child) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent().trim();
            }
        }
        return "";
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}

package io.github.datadogsnapshot.buildsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The real plugin POM ({@code jenkins-plugin/pom.xml}) cannot be built here, so its key facts are checked as data:
 * the parent, packaging and baseline, its own URL, SCM and developers, that every Jenkins API the sources import
 * comes from a declared plugin dependency, that Jackson and HttpClient come from library plugins, that
 * {@code hpi.bundledArtifacts} names exactly the jars maven-hpi-plugin will bundle (its strict check fails the
 * real build otherwise), that XChart comes with the root POM's version and exclusions, and that the stand-ins never
 * reach it.
 */
class PluginPomCheckTest {

    /** Which plugin provides the packages the plugin's sources import. */
    private static final Map<String, String> PROVIDERS = Map.of(
            "com.cloudbees.plugins.credentials", "credentials",
            "org.jenkinsci.plugins.plaincredentials", "plain-credentials",
            "org.jenkinsci.plugins.workflow.steps", "workflow-step-api",
            "org.jenkinsci.plugins.workflow.graph", "workflow-api",
            "org.jenkinsci.plugins.workflow.actions", "workflow-api",
            "org.jenkinsci.Symbol", "structs",
            "com.fasterxml.jackson", "jackson2-api",
            "org.apache.hc", "apache-httpcomponents-client-5-api");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);

    private static Document pom;
    private static XPath xpath;

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        pom = factory.newDocumentBuilder().parse(PluginFiles.pluginDir().resolve("pom.xml").toFile());
        xpath = XPathFactory.newInstance().newXPath();
    }

    private static String text(String path) throws Exception {
        return xpath.evaluate(path, pom).trim();
    }

    private static List<String> texts(String path) throws Exception {
        return texts(pom, path);
    }

    private static List<String> texts(Document document, String path) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(path, document, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }

    @Test
    void isARealPluginOfTheJava17Baseline() throws Exception {
        assertThat(text("/project/parent/groupId")).isEqualTo("org.jenkins-ci.plugins");
        assertThat(text("/project/parent/artifactId")).isEqualTo("plugin");
        assertThat(text("/project/parent/version")).isEqualTo("6.2221.va_045130417c9");
        assertThat(text("/project/groupId")).isEqualTo("io.jenkins.plugins");
        assertThat(text("/project/artifactId")).isEqualTo("datadog-snapshot");
        assertThat(text("/project/packaging")).isEqualTo("hpi");
        assertThat(text("/project/properties/jenkins.baseline")).isEqualTo("2.541");
        assertThat(text("/project/properties/jenkins.version")).isEqualTo("${jenkins.baseline}.3");
        assertThat(text("/project/properties/hpi.strictBundledArtifacts")).isEqualTo("true");
        assertThat(text("/project/dependencyManagement/dependencies/dependency[artifactId='bom-${jenkins.baseline}.x']/version"))
                .isEqualTo("6916.v15ec97679743");
        assertThat(texts("/project/repositories/repository/url")).contains("https://repo.jenkins-ci.org/public/");
        assertThat(texts("/project/pluginRepositories/pluginRepository/url")).contains("https://repo.jenkins-ci.org/public/");
    }

    /** The .hpi's Url, Plugin-ScmUrl and Plugin-Developers come from these; without them, from the parent POM. */
    @Test
    void namesItsOwnRepositoryAndMaintainers() throws Exception {
        String repo = text("/project/properties/gitHubRepo");
        String url = "https://github.com/jenkinsci/datadog-snapshot-plugin";

        assertThat(repo).isEqualTo("jenkinsci/datadog-snapshot-plugin");
        assertThat(text("/project/url").replace("${gitHubRepo}", repo)).isEqualTo(url);
        assertThat(text("/project/scm/url").replace("${gitHubRepo}", repo)).isEqualTo(url);
        assertThat(text("/project/scm/connection").replace("${gitHubRepo}", repo)).isEqualTo("scm:git:" + url + ".git");
        assertThat(text("/project/scm/developerConnection")).isNotEmpty();
        assertThat(text("/project/scm/tag")).isEqualTo("${scmTag}");
        assertThat(texts("/project/developers/developer/id")).containsExactly("datadog-snapshot");
        assertThat(texts("/project/developers/developer/name")).containsExactly("datadog-snapshot maintainers");
    }

    /**
     * Hosting needs no POM surgery: the continuous-delivery version of JEP-229 with a prefix kept by hand, and the
     * {@code .mvn/} files a plugin repository has (read where {@code jenkins-plugin/} is the top of the project).
     */
    @Test
    void usesTheContinuousDeliveryVersion() throws Exception {
        Path mvn = PluginFiles.pluginDir().resolve(".mvn");

        assertThat(text("/project/version")).isEqualTo("${revision}.${changelist}");
        assertThat(text("/project/properties/revision")).matches("\\d+(\\.\\d+)*");
        assertThat(text("/project/properties/changelist")).isEqualTo("999999-SNAPSHOT");
        assertThat(PluginFiles.read(mvn.resolve("maven.config")).lines().map(String::strip))
                .contains("-Pconsume-incrementals", "-Pmight-produce-incrementals", "-Dchangelist.format=%d.v%s");
        assertThat(PluginFiles.read(mvn.resolve("extensions.xml")))
                .contains("<artifactId>git-changelist-maven-extension</artifactId>");
    }

    /** The plugin parent skips Spotless unless a plugin opts in; the root POM runs the same check offline. */
    @Test
    void optsIntoTheParentsFormatCheckWhichTheDefaultBuildRunsToo() throws Exception {
        Document root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(PluginFiles.pluginDir().resolve("../pom.xml").toFile());
        String spotless = "/project/build/plugins/plugin[artifactId='spotless-maven-plugin']";

        assertThat(text("/project/properties/spotless.check.skip")).isEqualTo("false");
        assertThat(texts(root, spotless + "/configuration/java/includes/include"))
                .contains("jenkins-plugin/src/main/java/**/*.java", "jenkins-plugin/src/test/java/**/*.java");
        assertThat(texts(root, spotless + "/configuration/java/palantirJavaFormat/version")).containsExactly("2.97.0");
        assertThat(texts(root, spotless + "/configuration/pom/includes/include")).containsExactly("jenkins-plugin/pom.xml");
        assertThat(texts(root, spotless + "/executions/execution/goals/goal")).containsExactly("check");
    }

    @Test
    void declaresThePluginOfEveryJenkinsApiTheSourcesImport() throws Exception {
        Set<String> needed = new TreeSet<>();
        Path sources = PluginFiles.pluginDir().resolve("src/main/java");
        for (Path source : PluginFiles.files(sources, ".java")) {
            Matcher imports = IMPORT.matcher(PluginFiles.read(source));
            while (imports.find()) {
                String imported = imports.group(1);
                PROVIDERS.forEach((prefix, plugin) -> {
                    if (imported.startsWith(prefix)) {
                        needed.add(plugin);
                    }
                });
            }
        }
        // The shared client uses Jackson and HttpClient 5 itself; their library plugins must be there too.
        needed.add("jackson2-api");
        needed.add("apache-httpcomponents-client-5-api");

        List<String> compileDependencies = texts("/project/dependencies/dependency[not(scope)]/artifactId");

        assertThat(needed).contains("credentials", "plain-credentials", "workflow-step-api", "workflow-api", "structs");
        assertThat(compileDependencies).containsAll(needed);
    }

    @Test
    void takesJacksonAndHttpClientFromLibraryPluginsInsteadOfBundlingThem() throws Exception {
        String client = "/project/dependencies/dependency[artifactId='datadog-snapshot-client']";

        assertThat(texts(client + "/exclusions/exclusion/groupId")).contains("org.apache.httpcomponents.client5",
                "org.apache.httpcomponents.core5", "com.fasterxml.jackson.core", "com.fasterxml.jackson.datatype");
        assertThat(bundled().artifactIds()).doesNotContain("httpclient5", "httpcore5", "jackson-databind",
                "jackson-core", "jackson-annotations", "jackson-datatype-jsr310");
    }

    /**
     * maven-hpi-plugin compares the sorted artifact IDs it bundles with {@code hpi.bundledArtifacts} and, with
     * {@code hpi.strictBundledArtifacts}, fails the build on any difference ({@code AbstractHpiMojo}).
     */
    @Test
    void namesExactlyTheJarsTheHpiBundlesInTheOrderMavenHpiPluginComparesThem() throws Exception {
        BundledJars jars = bundled();
        List<String> declared = List.of(text("/project/properties/hpi.bundledArtifacts").split("\\s*,\\s*"));

        assertThat(jars.unresolved()).as("bundled jars whose POM is not in the local repository").isEmpty();
        assertThat(declared).isSorted().containsExactlyElementsOf(jars.artifactIds())
                .contains("datadog-snapshot-client", "datadog-snapshot-charts", "xchart");
    }

    /** XChart is bundled (no library plugin has it) with the version and exclusions the rest of the build uses. */
    @Test
    void bundlesXChartAsTheRootPomManagesIt() throws Exception {
        Document root = BundledJars.parse(PluginFiles.pluginDir().resolveSibling("pom.xml"));
        String managed = "/project/dependencyManagement/dependencies/dependency[artifactId='xchart']";
        String declared = "/project/dependencies/dependency[artifactId='xchart']";

        assertThat(text(declared + "/version")).isEqualTo("${xchart.version}");
        assertThat(text("/project/properties/xchart.version"))
                .isEqualTo(xpath.evaluate("/project/properties/xchart.version", root).trim()).isNotEmpty();
        assertThat(text(declared + "/scope")).isEmpty();
        assertThat(text(declared + "/optional")).isEmpty();
        assertThat(texts(declared + "/exclusions/exclusion/artifactId")).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(texts(root, managed + "/exclusions/exclusion/artifactId"));
    }

    private static BundledJars bundled() throws Exception {
        Path pluginPom = PluginFiles.pluginDir().resolve("pom.xml");
        return BundledJars.of(pluginPom, PluginFiles.pluginDir().getParent(), PluginFiles.localRepository());
    }

    @Test
    void neverDependsOnTheStandIns() throws Exception {
        assertThat(texts("//dependency/artifactId")).doesNotContain("jenkins-api-stubs", "jenkins-plugin-offline");
    }
}

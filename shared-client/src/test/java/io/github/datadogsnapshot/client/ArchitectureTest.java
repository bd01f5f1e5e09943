package io.github.datadogsnapshot.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    static final String BASE = "io.github.datadogsnapshot.client";
    static final JavaClasses CLIENT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void shouldKnowNoBuildTool() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "hudson..", "jenkins..",
                "org.jenkinsci..", "org.kohsuke..", "org.codehaus.plexus..")
                .because("the client is shared by the Maven and the Jenkins plugin and knows neither")
                .check(CLIENT);
    }

    @Test
    void shouldNeverPrint() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("progress goes through CaptureListener").check(CLIENT);
    }

    @Test
    void shouldNeverSleep() {
        noClasses().should().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
                .orShould().callMethod(Thread.class, "sleep", java.time.Duration.class)
                .because("every wait is scheduled on the client's timer, holding no thread, and follows the injected"
                        + " clock, so that tests assert exact delays")
                .check(CLIENT);
    }

    @Test
    void shouldDescribeChartsWithoutDrawingThem() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.knowm..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.github.datadogsnapshot.charts.XChartRenderer")
                .because("XChart is optional in the charts module: whoever draws local charts brings it, not the client")
                .check(CLIENT);
    }

    @Test
    void shouldKeepHttpClientTypesInTheTransport() {
        noClasses().that().resideInAPackage("io.github.datadogsnapshot.client..")
                .and().resideOutsideOfPackage("io.github.datadogsnapshot.client.transport..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.hc..")
                .because("plumbing stays in the transport package")
                .check(CLIENT);
    }

    @Test
    void shouldUseOnlyThePackagesBelow() {
        ClientLayers.layers(BASE).check(CLIENT);
    }

    @Test
    void shouldHaveNoCycleBetweenPackages() {
        ClientLayers.freeOfCycles(BASE).check(CLIENT);
    }

    @Test
    void shouldKeepTheRegressionLogicPure() {
        ClientLayers.regressionIsPure(BASE).check(CLIENT);
    }
}

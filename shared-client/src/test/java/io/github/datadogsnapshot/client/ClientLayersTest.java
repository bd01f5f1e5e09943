package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layer rules fail on fixture classes that break them; otherwise their passing on the client would prove nothing. */
class ClientLayersTest {

    private static final String FIXTURES = "io.github.datadogsnapshot.archfixture";
    private static final String BASE = FIXTURES + ".client";
    private static final JavaClasses WRONG = new ClassFileImporter().importPackages(FIXTURES);
    private static final JavaClasses WRONG_CLIENT = new ClassFileImporter().importPackages(BASE);

    private static List<String> violations(ArchRule rule) {
        return violations(rule, WRONG);
    }

    private static List<String> violations(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes).getFailureReport().getDetails();
    }

    @Test
    void shouldFindTheBottomPackageUsingOneAbove() {
        // the fixture has only three of the layers; the others are reported empty, which the real client is not
        assertThat(violations(ClientLayers.layers(BASE), WRONG_CLIENT))
                .filteredOn(v -> !v.endsWith("is empty"))
                .singleElement().asString()
                .startsWith("Method <" + BASE + ".format.Formatting.label(int)> calls method <" + BASE
                        + ".regression.Verdicts.name(int)>");
    }

    @Test
    void shouldFindTheCycle() {
        assertThat(violations(ClientLayers.freeOfCycles(BASE)))
                .singleElement().asString().contains("Cycle detected").contains("format").contains("regression");
    }

    @Test
    void shouldFindTheCallerReachingIntoTheEngine() {
        assertThat(violations(ClientLayers.notExported(BASE)))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("plugin.Plugin").contains("engine.Engine"));
    }

    @Test
    void shouldFindTheRegressionLogicReadingAFile() {
        assertThat(violations(ClientLayers.regressionIsPure(BASE)))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("Verdicts.stored").contains("java.io.File"));
    }
}

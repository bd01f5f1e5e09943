package io.github.datadogsnapshot.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The plugin uses the client through its front door; shared-client's ClientLayersTest shows the rule can fail. */
class ClientApiTest {

    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.datadogsnapshot.maven");

    @Test
    void shouldNotReachIntoTheClientEngineOrTransport() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.datadogsnapshot.client.engine..",
                        "io.github.datadogsnapshot.client.transport..")
                .because("the client's engine and transport are its workings, not its API")
                .check(PLUGIN);
    }
}

package io.github.datadogsnapshot.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;

/**
 * The layers of the client, top to bottom: a package may use the packages below it, never one above. The rules take
 * the base package so that {@code ClientLayersTest} can run them on fixture classes that break them.
 */
final class ClientLayers {

    static final String FRONT_DOOR = "front door";

    /** Top to bottom; the packages of one floor may not use each other. */
    static final List<List<String>> FLOORS = List.of(
            List.of(FRONT_DOOR),
            List.of("report", "plan"),
            List.of("engine"),
            List.of("transport"),
            List.of("dashboard"),
            List.of("config"),
            List.of("manifest"),
            List.of("graph"),
            List.of("regression"),
            List.of("exception"),
            List.of("wire"),
            List.of("format"));

    /** Packages no class outside the client may use. */
    static final List<String> NOT_EXPORTED = List.of("engine", "transport");

    private ClientLayers() {
    }

    static ArchRule layers(String base) {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (List<String> floor : FLOORS) {
            for (String name : floor) {
                String pkg = name.equals(FRONT_DOOR) ? base : base + "." + name + "..";
                rule = name.equals("report") || name.equals("plan")
                        ? rule.optionalLayer(name).definedBy(pkg)
                        : rule.layer(name).definedBy(pkg);
            }
        }
        List<String> above = new ArrayList<>();
        for (List<String> floor : FLOORS) {
            for (String name : floor) {
                rule = above.isEmpty()
                        ? rule.whereLayer(name).mayNotBeAccessedByAnyLayer()
                        : rule.whereLayer(name).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            }
            above.addAll(floor);
        }
        return rule.because("the imports of the client read one way: a package uses the packages below it");
    }

    static ArchRule freeOfCycles(String base) {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles()
                .because("no two packages of the client use each other");
    }

    static ArchRule notExported(String base) {
        return noClasses().that().resideOutsideOfPackage(base + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        NOT_EXPORTED.stream().map(p -> base + "." + p + "..").toArray(String[]::new))
                .because("the engine and the transport are the client's workings, not its API: callers go through"
                        + " the front door");
    }

    static ArchRule regressionIsPure(String base) {
        return noClasses().that().resideInAPackage(base + ".regression..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .because("the regression logic is pure: it reads no file and calls no server");
    }
}

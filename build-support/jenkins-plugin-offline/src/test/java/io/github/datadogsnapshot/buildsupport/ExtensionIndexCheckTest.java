package io.github.datadogsnapshot.buildsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jenkins.model.TransientActionFactory;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import org.junit.jupiter.api.Test;

/**
 * The extension index sezpoz wrote while compiling ({@code META-INF/annotations/hudson.Extension}) lists exactly
 * the plugin's descriptors, its global configuration and its action factory. Without it Jenkins finds no step, no post-build action
 * and no configuration, and says nothing.
 */
class ExtensionIndexCheckTest {

    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PluginFiles.PACKAGE);

    private static Set<String> indexed() {
        Set<String> names = new TreeSet<>();
        for (IndexItem<Extension, Object> item : Index.load(Extension.class, Object.class,
                ExtensionIndexCheckTest.class.getClassLoader())) {
            names.add(item.className());
        }
        return names;
    }

    /** The classes Jenkins must find: descriptors (with the global configuration) and action factories. */
    private static Set<String> concreteExtensions() {
        return PLUGIN.stream()
                .filter(c -> c.isAssignableTo(Descriptor.class) || c.isAssignableTo(TransientActionFactory.class))
                .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theIndexWasWrittenByTheAnnotationProcessor() throws Exception {
        assertThat(Files.size(PluginFiles.classes().resolve("META-INF/annotations/hudson.Extension"))).isPositive();
    }

    @Test
    void theIndexListsExactlyTheConcreteDescriptorsAndActionFactories() {
        assertThat(indexed())
                .isEqualTo(concreteExtensions())
                .contains(PluginFiles.PACKAGE + ".DatadogSnapshotConfiguration",
                        PluginFiles.PACKAGE + ".DatadogSnapshotStep$DescriptorImpl",
                        PluginFiles.PACKAGE + ".DatadogSnapshotWindowStep$DescriptorImpl",
                        PluginFiles.PACKAGE + ".DatadogSnapshotRecorder$DescriptorImpl",
                        PluginFiles.PACKAGE + ".Graph$DescriptorImpl",
                        PluginFiles.PACKAGE + ".JobSnapshotsActionFactory");
    }

    @Test
    void everyConcreteDescribableHasAnIndexedDescriptorNestedInIt() {
        Set<String> indexed = indexed();
        Set<String> missing = new TreeSet<>();
        for (JavaClass c : PLUGIN) {
            boolean describable = c.isAssignableTo(Describable.class) && !c.isAssignableTo(Descriptor.class);
            if (describable && !c.getModifiers().contains(JavaModifier.ABSTRACT) && !c.isInterface()) {
                boolean hasOne = indexed.stream().anyMatch(d -> d.startsWith(c.getName() + "$"));
                if (!hasOne) {
                    missing.add(c.getName());
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}

package io.github.datadogsnapshot.buildsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plugin's own classes against {@link PluginRules}. */
class ArchitectureCheckTest {

    private static final String PKG = PluginFiles.PACKAGE;
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PKG);

    /**
     * The plugin's floors, top down: what Jenkins calls (steps, the freestyle action, descriptors and their form
     * helpers), the capture run, the pages' actions, the views, their parts, the request and its configuration, and
     * storage and text helpers at the bottom. A class depends only on its own floor and those below.
     */
    static final List<Set<String>> FLOORS = List.of(
            Set.of("DatadogSnapshotStep", "DatadogSnapshotWindowStep", "AbstractSnapshotStep", "SnapshotStepDescriptor",
                    "DatadogSnapshotRecorder", "CaptureSettings", "CaptureSettingsForm", "DatadogSnapshotConfiguration",
                    "Graph$DescriptorImpl", "FormSupport", "ConnectionForm"),
            Set.of("SnapshotRunner", "PipelineResults", "Baselines", "SnapshotClients", "JenkinsInstance",
                    "ConnectionCheck"),
            Set.of("JobSnapshotsActionFactory", "JobSnapshotsAction", "SnapshotsAction"),
            Set.of("SnapshotsView", "TrendView"),
            Set.of("GraphView", "NumbersView", "SeriesRow", "Trend", "TrendImages", "StoredBuild"),
            Set.of("CaptureRequest", "RequestCheck", "Graph", "GraphChecks", "CaptureDefaults", "CaptureOutcome", "BaselineChoice",
                    "RegressionResult", "ProxySettings", "LogLines"),
            Set.of("BuildStorage", "KeyNames", "LocalCharts", "Text", "Messages"));

    @Test
    void dependenciesPointDownTheFloors() {
        PluginRules.floorsPointDown(PKG, FLOORS).check(PLUGIN);
    }

    @Test
    void formEndpointsArePostOnly() {
        PluginRules.formEndpointsArePostOnly(PKG).check(PLUGIN);
    }

    @Test
    void lifecycleMethodsCanBeInvokedByJenkins() {
        PluginRules.lifecycleMethodsArePublic(PKG).allowEmptyShould(false).check(PLUGIN);
    }

    @Test
    void formEndpointsAreInPublicTypes() {
        PluginRules.formEndpointsAreInPublicTypes(PKG).allowEmptyShould(false).check(PLUGIN);
    }

    @Test
    void formEndpointsCheckAPermission() {
        PluginRules.formEndpointsCheckAPermission(PKG).check(PLUGIN);
    }

    @Test
    void describablesHaveExactlyOnePublicDataBoundConstructor() {
        PluginRules.oneDataBoundConstructor(PKG).check(PLUGIN);
    }

    @Test
    void boundPropertiesCanBeReadBack() {
        PluginRules.boundPropertiesCanBeReadBack(PKG).allowEmptyShould(false).check(PLUGIN);
    }

    @Test
    void modelClassesDoNotLookUpJenkins() {
        PluginRules.modelClassesDoNotLookUpJenkins(PKG).check(PLUGIN);
    }

    @Test
    void theClientIsUsedThroughItsApiOnly() {
        PluginRules.noClientInternals(PKG).check(PLUGIN);
    }

    @Test
    void savedConfigurationAndBuildDataHoldNoKeys() {
        PluginRules.noKeysInSavedFields(PKG).check(PLUGIN);
    }

    @Test
    void interruptedBodiesEndTheStep() {
        PluginRules.interruptedBodiesEndTheStep(PKG).allowEmptyShould(false).check(PLUGIN);
    }

    @Test
    void bodiesStartAfterTheArgumentsAreChecked() {
        PluginRules.bodiesStartAfterTheArgumentsAreChecked(PKG).check(PLUGIN);
    }

    @Test
    void servedFilesCheckTheArtifactsPermission() {
        PluginRules.servedFilesCheckTheArtifactsPermission(PKG).check(PLUGIN);
    }

    @Test
    void actionWebMethodsCheckAPermission() {
        PluginRules.actionWebMethodsCheckAPermission(PKG).allowEmptyShould(false).check(PLUGIN);
    }

    @Test
    void savedDescribablesRestoreTheirDefaults() {
        PluginRules.savedDescribablesRestoreTheirDefaults(PKG).allowEmptyShould(false).check(PLUGIN);
    }

    @Test
    void pipelineResultsMarkTheStepsNode() {
        PluginRules.pipelineResultsMarkTheStepsNode(PKG).allowEmptyShould(false).check(PLUGIN);
    }

    @Test
    void credentialsAreListedOnlyByFormSupportWhichExcludesSystemScope() {
        PluginRules.credentialsAreListedOnlyByFormSupport(PKG).check(PLUGIN);
        PluginRules.formSupportExcludesSystemScope(PKG).allowEmptyShould(false).check(PLUGIN);
    }

    @Test
    void pipelineStateSurvivesSerialization() {
        PluginRules.pipelineStateIsSerializable(PKG).check(PLUGIN);
    }
}

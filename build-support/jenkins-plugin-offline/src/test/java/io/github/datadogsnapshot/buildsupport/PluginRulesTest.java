package io.github.datadogsnapshot.buildsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.datadogsnapshot.buildsupport.fixtures.WrongPlugin;
import io.github.datadogsnapshot.buildsupport.fixtures.floors.Storage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule fails on the deliberately wrong classes; otherwise its passing on the plugin would prove nothing. */
class PluginRulesTest {

    private static final String PKG = WrongPlugin.class.getPackageName();
    private static final JavaClasses WRONG = new ClassFileImporter().importPackages(PKG);

    private static List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(WRONG);
        return result.getFailureReport().getDetails();
    }

    @Test
    void shouldFindTheArrowUpTheFloorsAndTheClassOnNoFloor() {
        String floors = Storage.class.getPackageName();
        List<java.util.Set<String>> wrong = List.of(java.util.Set.of("Page"), java.util.Set.of("Storage"));
        List<String> found = PluginRules.floorsPointDown(floors, wrong)
                .evaluate(new ClassFileImporter().importPackages(floors))
                .getFailureReport()
                .getDetails();
        assertThat(found)
                .hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("Storage (floor 1) depends on " + floors + ".Page (floor 0, higher)"))
                .anySatisfy(v -> assertThat(v).contains(floors + ".Stray is on no floor"));
    }

    @Test
    void shouldFindTheEndpointWithoutPost() {
        assertThat(violations(PluginRules.formEndpointsArePostOnly(PKG)))
                .singleElement().asString().contains("doCheckName");
    }

    @Test
    void shouldFindTheTerminatorJenkinsCannotCall() {
        assertThat(violations(PluginRules.lifecycleMethodsArePublic(PKG)))
                .singleElement().asString().contains("Shutdown.closeAll()").contains("cannot be invoked by Jenkins");
    }

    @Test
    void shouldFindTheEndpointStaplerCannotCall() {
        assertThat(violations(PluginRules.formEndpointsAreInPublicTypes(PKG)))
                .singleElement().asString().contains("HiddenForm.doFillColourItems(").contains("not public");
    }

    @Test
    void shouldFindTheEndpointWithoutAPermissionCheck() {
        assertThat(violations(PluginRules.formEndpointsCheckAPermission(PKG)))
                .singleElement().asString().contains("doTestConnection()").contains("checks no permission");
    }

    @Test
    void shouldFindTwoBoundConstructorsAndAHiddenOne() {
        assertThat(violations(PluginRules.oneDataBoundConstructor(PKG)))
                .hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("WrongPlugin$Model has 2"))
                .anySatisfy(v -> assertThat(v).contains("WrongPlugin$Hidden has 1 @DataBoundConstructor, not public"));
    }

    @Test
    void shouldFindTheModelThatLooksUpJenkins() {
        assertThat(violations(PluginRules.modelClassesDoNotLookUpJenkins(PKG)))
                .singleElement().asString().contains("WrongPlugin$Model.root()");
    }

    @Test
    void shouldFindTheClassReachingIntoTheClientEngine() {
        assertThat(violations(PluginRules.noClientInternals(PKG)))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("ReachesIntoTheClient").contains("client.engine.CaptureEngine"));
    }

    @Test
    void shouldFindTheSavedKey() {
        assertThat(violations(PluginRules.noKeysInSavedFields(PKG)))
                .singleElement().asString().contains("WrongPlugin$Model.apiKey would save a key");
    }

    @Test
    void shouldFindNonSerializablePipelineState() {
        assertThat(violations(PluginRules.pipelineStateIsSerializable(PKG)))
                .hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("names holds java.util.List"))
                .anySatisfy(v -> assertThat(v).contains("lock holds java.lang.Object"));
    }

    @Test
    void shouldFindTheCallbackThatIgnoresAnInterruption() {
        assertThat(violations(PluginRules.interruptedBodiesEndTheStep(PKG)))
                .singleElement().asString().contains("WrongPlugin$CapturingCallback.onFailure(")
                .contains("does not look for an interruption");
    }

    @Test
    void shouldFindTheBodyStartedBeforeTheArgumentsAreChecked() {
        assertThat(violations(PluginRules.bodiesStartAfterTheArgumentsAreChecked(PKG)))
                .singleElement().asString().contains("WrongPlugin$BlockExecution.start()")
                .contains("starts a body without calling validate");
    }

    @Test
    void shouldFindTheFileServedAndTheBytesWrittenWithoutTheArtifactsPermission() {
        assertThat(violations(PluginRules.servedFilesCheckTheArtifactsPermission(PKG)))
                .hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("WrongPlugin$ImagesAction.doImage(")
                        .contains("without checking Run.ARTIFACTS"))
                .anySatisfy(v -> assertThat(v).contains("WrongPlugin$TrendAction.doTrend(")
                        .contains("without checking Run.ARTIFACTS"));
    }

    @Test
    void shouldFindTheActionEndpointThatChecksNoPermission() {
        assertThat(violations(PluginRules.actionWebMethodsCheckAPermission(PKG)))
                .singleElement().asString().contains("WrongPlugin$TrendAction.doTrend(")
                .contains("answers without checking a permission");
    }

    @Test
    void shouldFindTheSavedDefaultThatXStreamWouldSkip() {
        assertThat(violations(PluginRules.savedDescribablesRestoreTheirDefaults(PKG)))
                .singleElement().asString().contains("WrongPlugin$Defaulted initializes [numbers]")
                .contains("no readResolve");
    }

    @Test
    void shouldFindTheBoundPropertyThatCannotBeReadBack() {
        assertThat(violations(PluginRules.boundPropertiesCanBeReadBack(PKG)))
                .singleElement().asString().contains("WrongPlugin$Unreadable.setColour(java.lang.String)")
                .contains("no public getColour()/isColour() or public field colour");
    }

    @Test
    void shouldFindThePipelineStepThatSetsTheResultWithoutMarkingItsNode() {
        assertThat(violations(PluginRules.pipelineResultsMarkTheStepsNode(PKG)))
                .singleElement().asString().contains("WrongPlugin$MarkingExecution")
                .contains("without a WarningAction");
    }

    @Test
    void shouldFindCredentialsListedOutsideFormSupportAndAFormSupportThatOffersSystemScope() {
        assertThat(violations(PluginRules.credentialsAreListedOnlyByFormSupport(PKG)))
                .singleElement().asString().contains("WrongPlugin$KeyLister.all()").contains("lookupCredentialsInItemGroup");
        assertThat(violations(PluginRules.formSupportExcludesSystemScope(PKG)))
                .singleElement().asString().contains("WrongPlugin$FormSupport lists credentials without excluding SYSTEM scope");
    }
}

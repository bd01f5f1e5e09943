package io.github.datadogsnapshot.buildsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import hudson.model.Action;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.security.AccessControlled;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.verb.POST;

/**
 * The plugin's architecture rules, parameterized by package so that their own tests can show each rule failing
 * on a deliberately wrong class.
 */
final class PluginRules {

    /** Form endpoints Stapler exposes to the browser: validation, list filling and test buttons. */
    static final String FORM_ENDPOINT = "do(Check|Fill|Test)[A-Z].*";
    /** Where the plugin's shared form helper lives; the only non-descriptor allowed to look up Jenkins. */
    static final String FORM_SUPPORT = "FormSupport";
    private static final Set<String> PERMISSION_CALLS = Set.of("checkPermission", "hasPermission", "mayConfigure", "keyItems");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(apikey|appkey|applicationkey|secret|password|token).*");
    private static final List<String> KEY_TYPES = List.of("hudson.util.Secret", "io.github.datadogsnapshot.client.Credentials",
            "io.github.datadogsnapshot.client.ClientSettings", "io.github.datadogsnapshot.client.SnapshotClient",
            "com.cloudbees.plugins.credentials.Credentials");

    private PluginRules() {
    }

    static ArchRule formEndpointsArePostOnly(String pkg) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(pkg).and().haveNameMatching(FORM_ENDPOINT)
                .should().beAnnotatedWith(POST.class).andShould().bePublic()
                .because("a GET request must not be able to trigger a check, a credentials listing or a connection test");
    }

    static ArchRule formEndpointsCheckAPermission(String pkg) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(pkg).and().haveNameMatching(FORM_ENDPOINT)
                .should(new ArchCondition<JavaMethod>("check a permission (checkPermission, hasPermission or FormSupport)") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean checks = method.getMethodCallsFromSelf().stream().anyMatch(call ->
                                PERMISSION_CALLS.contains(call.getName())
                                        && (call.getTargetOwner().isAssignableTo(AccessControlled.class)
                                        || call.getTargetOwner().getSimpleName().equals(FORM_SUPPORT)));
                        events.add(new SimpleConditionEvent(method, checks, method.getFullName()
                                + (checks ? " checks a permission" : " checks no permission")));
                    }
                });
    }

    static ArchRule oneDataBoundConstructor(String pkg) {
        return classes().that().resideInAPackage(pkg).and(bindableByStapler())
                .should(new ArchCondition<JavaClass>("have exactly one @DataBoundConstructor, and it public") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        List<JavaConstructor> bound = c.getConstructors().stream()
                                .filter(k -> k.isAnnotatedWith(DataBoundConstructor.class)).toList();
                        boolean ok = bound.size() == 1 && bound.get(0).getModifiers().contains(JavaModifier.PUBLIC);
                        events.add(new SimpleConditionEvent(c, ok, c.getName() + " has " + bound.size()
                                + " @DataBoundConstructor" + (bound.size() == 1 && !ok ? ", not public" : "")));
                    }
                });
    }

    /** Concrete describables other than descriptors, and any class that already has a @DataBoundConstructor. */
    private static DescribedPredicate<JavaClass> bindableByStapler() {
        return DescribedPredicate.describe("are concrete describables or declare a @DataBoundConstructor", c ->
                (c.isAssignableTo(Describable.class) && !c.isAssignableTo(Descriptor.class)
                        && !c.getModifiers().contains(JavaModifier.ABSTRACT) && !c.isInterface())
                        || c.getConstructors().stream().anyMatch(k -> k.isAnnotatedWith(DataBoundConstructor.class)));
    }

    static ArchRule modelClassesDoNotLookUpJenkins(String pkg) {
        return noClasses().that().resideInAPackage(pkg)
                .and().areNotAssignableTo(Descriptor.class)
                .and().doNotHaveSimpleName(FORM_SUPPORT)
                .should().callMethod(Jenkins.class, "get")
                .because("model classes get what they need from their descriptor or the global configuration, "
                        + "which keeps them usable and testable without a running Jenkins");
    }

    static ArchRule noClientInternals(String pkg) {
        return noClasses().that().resideInAPackage(pkg)
                .should().dependOnClassesThat().resideInAPackage("io.github.datadogsnapshot.client.internal..")
                .because("the client's internal package is not its API");
    }

    /** Describables are saved in config.xml, actions in build.xml: their saved fields must hold no key. */
    static ArchRule noKeysInSavedFields(String pkg) {
        return classes().that(inPackageAndAssignableTo(pkg, Describable.class, Action.class))
                .should(new ArchCondition<JavaClass>("keep no key in a saved field") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (JavaField f : c.getFields()) {
                            if (f.getModifiers().contains(JavaModifier.STATIC) || f.getModifiers().contains(JavaModifier.TRANSIENT)) {
                                continue;
                            }
                            boolean keyType = KEY_TYPES.stream().anyMatch(t -> f.getRawType().isAssignableTo(t));
                            boolean keyName = SECRET_NAME.matcher(f.getName()).matches() && !f.getName().endsWith("CredentialsId");
                            if (keyType || keyName) {
                                events.add(SimpleConditionEvent.violated(f, f.getFullName() + " would save a key"));
                            }
                        }
                    }
                });
    }

    /** What a running Pipeline saves (step executions, body callbacks) must serialize, type arguments included. */
    static ArchRule pipelineStateIsSerializable(String pkg) {
        return classes().that(inPackageAndAssignableTo(pkg, StepExecution.class, BodyExecutionCallback.class))
                .should(new ArchCondition<JavaClass>("keep only serializable state, transitively") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        checkFields(c, events, new java.util.HashSet<>());
                    }
                });
    }

    private static DescribedPredicate<JavaClass> inPackageAndAssignableTo(String pkg, Class<?>... types) {
        return DescribedPredicate.describe("are in " + pkg + " and are " + java.util.Arrays.toString(types), c ->
                c.getPackageName().equals(pkg) && java.util.Arrays.stream(types).anyMatch(c::isAssignableTo));
    }

    private static void checkFields(JavaClass c, ConditionEvents events, Set<String> seen) {
        if (!seen.add(c.getName())) {
            return;
        }
        for (JavaField f : c.getFields()) {
            if (f.getModifiers().contains(JavaModifier.STATIC) || f.getModifiers().contains(JavaModifier.TRANSIENT)) {
                continue;
            }
            for (JavaClass type : typesOf(f.getType())) {
                boolean ok = type.isPrimitive() || type.isAssignableTo(Serializable.class);
                if (!ok) {
                    events.add(SimpleConditionEvent.violated(f, f.getFullName() + " holds " + type.getName()
                            + ", which is not Serializable"));
                } else if (type.getPackageName().startsWith("io.jenkins.plugins")) {
                    checkFields(type, events, seen);
                }
            }
        }
    }

    private static List<JavaClass> typesOf(JavaType type) {
        if (type instanceof JavaParameterizedType p) {
            java.util.ArrayList<JavaClass> all = new java.util.ArrayList<>(List.of(p.toErasure()));
            p.getActualTypeArguments().forEach(a -> all.addAll(typesOf(a)));
            return all;
        }
        return List.of(type.toErasure());
    }
}

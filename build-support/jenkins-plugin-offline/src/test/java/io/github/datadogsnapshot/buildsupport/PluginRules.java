package io.github.datadogsnapshot.buildsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.AbstractIdCredentialsListBoxModel;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import hudson.model.Action;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Run;
import hudson.security.AccessControlled;
import jakarta.servlet.ServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jenkins.model.Jenkins;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
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
    /** The method every block step calls on its request before starting the body. */
    static final String VALIDATE = "validate";
    private static final Set<String> INTERRUPTIONS = Set.of(InterruptedException.class.getName(),
            "org.jenkinsci.plugins.workflow.steps.FlowInterruptedException");
    private static final List<String> KEY_TYPES = List.of("hudson.util.Secret", "io.github.datadogsnapshot.client.config.Credentials",
            "io.github.datadogsnapshot.client.config.ClientSettings", "io.github.datadogsnapshot.client.SnapshotClient",
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

    /**
     * Every {@code @DataBoundSetter setX} has a public {@code getX()} or {@code isX()}, or a public field {@code x},
     * in its class: structs' {@code DescribableParameter.getValue}, which {@code DescribableModel.uninstantiate2}
     * calls for the Snippet Generator, {@code SnippetizerTester} and configuration-as-code's export, throws
     * {@code UnsupportedOperationException("no public field ... (or getter method) found")} otherwise, and a form
     * reads the field's current value through the same getter ({@code instance[field]}).
     */
    static ArchRule boundPropertiesCanBeReadBack(String pkg) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(pkg).and().areAnnotatedWith(DataBoundSetter.class)
                .should(new ArchCondition<JavaMethod>("have a public getter (get or is) or a public field for their property") {
                    @Override
                    public void check(JavaMethod setter, ConditionEvents events) {
                        String name = setter.getName();
                        boolean isSetter = name.length() > 3 && name.startsWith("set") && setter.getRawParameterTypes().size() == 1;
                        String property = isSetter ? name.substring(3) : "";
                        String field = property.isEmpty() ? "" : Character.toLowerCase(property.charAt(0)) + property.substring(1);
                        JavaClass owner = setter.getOwner();
                        boolean readable = isSetter && (owner.getAllMethods().stream().anyMatch(m ->
                                m.getModifiers().contains(JavaModifier.PUBLIC) && m.getRawParameterTypes().isEmpty()
                                        && (m.getName().equals("get" + property) || m.getName().equals("is" + property)))
                                || owner.getAllFields().stream().anyMatch(f ->
                                        f.getModifiers().contains(JavaModifier.PUBLIC) && f.getName().equals(field)));
                        events.add(new SimpleConditionEvent(setter, readable, setter.getFullName() + (readable
                                ? " can be read back"
                                : isSetter ? " has no public get" + property + "()/is" + property + "() or public field "
                                        + field + " (DescribableModel.uninstantiate2 throws)"
                                        : " is not a setter setX(value)")));
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
                .should().dependOnClassesThat().resideInAnyPackage("io.github.datadogsnapshot.client.engine..",
                        "io.github.datadogsnapshot.client.transport..")
                .because("the client's engine and transport are its workings, not its API");
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

    /**
     * Every body callback ends the step at once when its body was interrupted. Aborting a build, {@code timeout} and
     * {@code parallel(failFast: true)} stop only the innermost step (CpsFlowExecution.interrupt), so a block step's
     * own {@code stop} is never called: the interruption arrives in {@code onFailure} as a
     * {@code FlowInterruptedException}. A callback that does work there must look for it first.
     */
    static ArchRule interruptedBodiesEndTheStep(String pkg) {
        return classes().that(inPackageAndAssignableTo(pkg, BodyExecutionCallback.class))
                .should(new ArchCondition<JavaClass>("check onFailure's Throwable for an interruption (instanceof "
                        + "InterruptedException or FlowInterruptedException)") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (JavaMethod m : c.getMethods()) {
                            if (!m.getName().equals("onFailure") || m.getRawParameterTypes().size() != 2) {
                                continue;
                            }
                            boolean checks = m.getInstanceofChecks().stream().anyMatch(i ->
                                    INTERRUPTIONS.contains(i.getRawType().getName()));
                            events.add(new SimpleConditionEvent(m, checks, m.getFullName()
                                    + (checks ? " ends the step on an interruption" : " does not look for an interruption")));
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    /**
     * A block step checks its arguments before its body starts: every method that starts a body
     * ({@code StepContext.newBodyInvoker()}) also calls the request's {@code validate}. Otherwise a wrong argument
     * fails the step only after the body, possibly hours later.
     */
    static ArchRule bodiesStartAfterTheArgumentsAreChecked(String pkg) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(pkg)
                .should(new ArchCondition<JavaMethod>("call validate before starting a body") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean startsBody = method.getMethodCallsFromSelf().stream().anyMatch(call ->
                                call.getName().equals("newBodyInvoker") && call.getTargetOwner().isAssignableTo(StepContext.class));
                        if (!startsBody) {
                            return;
                        }
                        boolean validates = method.getMethodCallsFromSelf().stream().anyMatch(call ->
                                call.getName().equals(VALIDATE) && call.getTargetOwner().getPackageName().equals(pkg));
                        events.add(new SimpleConditionEvent(method, validates, method.getFullName()
                                + (validates ? " validates before its body" : " starts a body without calling " + VALIDATE)));
                    }
                })
                .allowEmptyShould(true);
    }

    /**
     * Bytes served to the browser (a file through {@code StaplerResponse2.serveFile}, or anything written to the
     * response's {@code getOutputStream()} or {@code getWriter()}: an image, a chart drawn on request) ask for
     * {@code Run.ARTIFACTS} as {@code Run.doArtifact} does (where {@code Functions.isArtifactsPermissionEnabled()}):
     * in the serving method, or in a method of the plugin it calls.
     */
    static ArchRule servedFilesCheckTheArtifactsPermission(String pkg) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(pkg)
                .should(new ArchCondition<JavaMethod>("check Run.ARTIFACTS when serving a file or writing bytes") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (!servesBytes(method)) {
                            return;
                        }
                        boolean checks = readsArtifactsPermission(method) || method.getMethodCallsFromSelf().stream()
                                .filter(call -> call.getTargetOwner().getPackageName().equals(pkg))
                                .flatMap(call -> call.getTarget().resolveMember().stream())
                                .anyMatch(PluginRules::readsArtifactsPermission);
                        events.add(new SimpleConditionEvent(method, checks, method.getFullName()
                                + (checks ? " checks Run.ARTIFACTS" : " serves a file without checking Run.ARTIFACTS")));
                    }
                })
                .allowEmptyShould(true);
    }

    private static boolean servesBytes(JavaCodeUnit unit) {
        return unit.getMethodCallsFromSelf().stream().anyMatch(call ->
                call.getName().equals("serveFile") && call.getTargetOwner().isAssignableTo(StaplerResponse2.class)
                        || (call.getName().equals("getOutputStream") || call.getName().equals("getWriter"))
                        && call.getTargetOwner().isAssignableTo(ServletResponse.class));
    }

    /**
     * Every web method of an action (a public {@code do...} method taking Stapler's request or response: the image
     * and trend endpoints) checks a permission (an {@code AccessControlled.checkPermission}) before it answers, in
     * the method or in a method of the plugin it calls. Stapler checks nothing for them, and an action is reached
     * by anyone who can reach its URL; the job's own {@code Item.READ} check only hides a job the user cannot see.
     */
    static ArchRule actionWebMethodsCheckAPermission(String pkg) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(pkg)
                .and().areDeclaredInClassesThat().areAssignableTo(Action.class)
                .and().haveNameMatching("do[A-Z].*").and().arePublic()
                .should(new ArchCondition<JavaMethod>("check a permission (checkPermission) before answering") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean web = method.getRawParameterTypes().stream().anyMatch(t ->
                                t.isAssignableTo(StaplerRequest2.class) || t.isAssignableTo(StaplerResponse2.class));
                        if (!web) {
                            return;
                        }
                        boolean checks = checksPermission(method) || method.getMethodCallsFromSelf().stream()
                                .filter(call -> call.getTargetOwner().getPackageName().equals(pkg))
                                .flatMap(call -> call.getTarget().resolveMember().stream())
                                .anyMatch(PluginRules::checksPermission);
                        events.add(new SimpleConditionEvent(method, checks, method.getFullName()
                                + (checks ? " checks a permission" : " answers without checking a permission")));
                    }
                })
                .allowEmptyShould(true);
    }

    private static boolean checksPermission(JavaCodeUnit unit) {
        return unit.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals("checkPermission")
                && call.getTargetOwner().isAssignableTo(AccessControlled.class));
    }

    /**
     * A class that sets a build's result ({@code Run.setResult}) also marks the Pipeline step's node with a
     * {@code WarningAction}, as the {@code unstable} step, junit and warnings-ng do: without it a Pipeline's stage
     * views show the step's stage as successful in an UNSTABLE build. Freestyle build steps
     * ({@code SimpleBuildStep}) have no node and only set the result.
     */
    static ArchRule pipelineResultsMarkTheStepsNode(String pkg) {
        return classes().that().resideInAPackage(pkg).and().areNotAssignableTo(SimpleBuildStep.class)
                .should(new ArchCondition<JavaClass>("construct a WarningAction where it calls Run.setResult") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        boolean sets = c.getMethodCallsFromSelf().stream().anyMatch(call ->
                                call.getName().equals("setResult") && call.getTargetOwner().isAssignableTo(Run.class));
                        if (!sets) {
                            return;
                        }
                        boolean marks = c.getConstructorCallsFromSelf().stream().anyMatch(call ->
                                call.getTargetOwner().isAssignableTo(WarningAction.class));
                        events.add(new SimpleConditionEvent(c, marks, c.getName() + (marks
                                ? " marks the step's node with a WarningAction"
                                : " sets the build's result without a WarningAction on the step's node")));
                    }
                })
                .allowEmptyShould(true);
    }

    /**
     * A describable saved in a job's {@code config.xml} (not a descriptor, not a Pipeline step) that gives a field a
     * value in its constructor, a field initializer included, declares {@code readResolve}: Jenkins' XStream creates
     * saved objects without running a constructor ({@code RobustReflectionConverter} with
     * {@code JVM.newReflectionProvider()}), so a field added in a later version is 0, false or null in every job
     * saved before, whatever its initializer says.
     */
    static ArchRule savedDescribablesRestoreTheirDefaults(String pkg) {
        return classes().that().resideInAPackage(pkg).and().areAssignableTo(Describable.class)
                .and().areNotAssignableTo(Descriptor.class)
                .and().areNotAssignableTo("org.jenkinsci.plugins.workflow.steps.Step")
                .should(new ArchCondition<JavaClass>("declare readResolve when a constructor gives a field its value") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        List<String> initialized = c.getConstructors().stream()
                                .flatMap(k -> k.getFieldAccesses().stream())
                                .filter(a -> a.getAccessType() == com.tngtech.archunit.core.domain.JavaFieldAccess.AccessType.SET
                                        && a.getTargetOwner().equals(c))
                                .map(a -> a.getName())
                                .distinct()
                                .toList();
                        if (initialized.isEmpty()) {
                            return;
                        }
                        boolean resolves = c.getMethods().stream().anyMatch(m -> m.getName().equals("readResolve")
                                && m.getRawParameterTypes().isEmpty());
                        events.add(new SimpleConditionEvent(c, resolves, c.getName() + (resolves
                                ? " restores its defaults in readResolve"
                                : " initializes " + initialized + " in a constructor, which XStream skips, and has no readResolve")));
                    }
                })
                .allowEmptyShould(true);
    }

    private static boolean readsArtifactsPermission(JavaCodeUnit unit) {
        return unit.getFieldAccesses().stream().anyMatch(a ->
                a.getName().equals("ARTIFACTS") && a.getTargetOwner().isEquivalentTo(Run.class));
    }

    /**
     * Credentials for a form are listed or looked up only by {@code FormSupport}, the one place that applies the
     * scope rule (no SYSTEM scope: builds never see it). Builds resolve theirs with {@code findCredentialById}.
     */
    static ArchRule credentialsAreListedOnlyByFormSupport(String pkg) {
        return noClasses().that().resideInAPackage(pkg).and().doNotHaveSimpleName(FORM_SUPPORT)
                .should().callMethodWhere(DescribedPredicate.describe("lists or looks up credentials",
                        PluginRules::listsCredentials))
                .because("only FormSupport excludes SYSTEM-scoped credentials, which no build can use")
                .allowEmptyShould(true);
    }

    /** {@code FormSupport}, where it lists or looks up credentials, refers to {@code CredentialsScope.SYSTEM}. */
    static ArchRule formSupportExcludesSystemScope(String pkg) {
        return classes().that().resideInAPackage(pkg).and().haveSimpleName(FORM_SUPPORT)
                .should(new ArchCondition<JavaClass>("refer to CredentialsScope.SYSTEM when it lists credentials") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        boolean lists = c.getMethodCallsFromSelf().stream().anyMatch(PluginRules::listsCredentials);
                        boolean excludes = c.getFieldAccessesFromSelf().stream().anyMatch(a ->
                                a.getName().equals("SYSTEM") && a.getTargetOwner().isEquivalentTo(CredentialsScope.class));
                        events.add(new SimpleConditionEvent(c, !lists || excludes, c.getName()
                                + (excludes ? " excludes SYSTEM scope" : " lists credentials without excluding SYSTEM scope")));
                    }
                })
                .allowEmptyShould(true);
    }

    private static boolean listsCredentials(JavaMethodCall call) {
        String name = call.getName();
        JavaClass owner = call.getTargetOwner();
        return owner.isAssignableTo(AbstractIdCredentialsListBoxModel.class) && name.startsWith("include")
                && !name.equals("includeEmptyValue") && !name.equals("includeCurrentValue")
                || owner.isAssignableTo(CredentialsProvider.class)
                && (name.startsWith("lookupCredentials") || name.startsWith("listCredentials"));
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

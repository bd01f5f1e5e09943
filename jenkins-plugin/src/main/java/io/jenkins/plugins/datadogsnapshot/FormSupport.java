package io.jenkins.plugins.datadogsnapshot;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.DatadogSite;
import java.util.List;
import java.util.Optional;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.springframework.security.core.Authentication;

/**
 * What the form endpoints of every descriptor share: who may use them, the site list, the credentials list (and
 * the connection test's lookup) and turning a check's message into a {@link FormValidation}. Descriptors and this
 * class are the only places that look up {@link Jenkins#get()}, and this class is the only one that lists or looks
 * up credentials for a form; architecture tests keep it so.
 *
 * <p>Forms offer exactly the keys a build can use. A build resolves its keys with
 * {@code CredentialsProvider.findCredentialById(id, type, run, ...)}: as the authentication the job runs as
 * ({@code Tasks.getAuthenticationOf2}), and as the system only when that authentication may use the job's
 * credentials ({@code CredentialsProvider.USE_ITEM}); SYSTEM-scoped credentials are visible only in the context of
 * Jenkins itself, never to a build.
 */
final class FormSupport {

    private FormSupport() {}

    /**
     * Whether the current user may configure {@code item}, or Jenkins itself where there is no item (the
     * global configuration, the Pipeline syntax page outside a job).
     */
    static boolean mayConfigure(@CheckForNull Item item) {
        return item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE);
    }

    static FormValidation toValidation(Optional<String> problem) {
        return problem.map(FormValidation::error).orElseGet(FormValidation::ok);
    }

    /**
     * The nine Datadog sites. {@code emptyLabel} names the empty choice: in the global configuration there is
     * none (a site is always chosen), on a step or job it means "as configured globally".
     */
    static ListBoxModel siteItems(@CheckForNull String emptyLabel) {
        ListBoxModel items = new ListBoxModel();
        if (emptyLabel != null) {
            items.add(emptyLabel, "");
        }
        for (DatadogSite site : DatadogSite.values()) {
            items.add(site.siteName() + " (" + site.name() + ")", site.siteName());
        }
        return items;
    }

    /** Who draws the pictures; the empty choice is Datadog, the default. */
    static ListBoxModel rendererItems() {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.FormSupport_rendererDatadog(), "");
        items.add(Messages.FormSupport_rendererLocal(), "local");
        items.add(Messages.FormSupport_rendererAuto(), "auto");
        return items;
    }

    /** The result a regression gives the build; the empty choice is UNSTABLE, the default. */
    static ListBoxModel regressionResultItems() {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.FormSupport_regressionUnstable(), "");
        items.add(Messages.FormSupport_regressionFailure(), "FAILURE");
        return items;
    }

    /**
     * The Secret text credentials a build in the context of {@code item} (or any build, where there is no item) can
     * use for the given API URL or site, keeping the current value so saving a form never loses it. Users who may
     * not configure the context only see the current value.
     */
    static ListBoxModel keyItems(@CheckForNull Item item, String site, String apiUrl, String currentId) {
        StandardListBoxModel result = new StandardListBoxModel();
        String current = currentId == null ? "" : currentId;
        if (!mayConfigure(item)) {
            result.includeCurrentValue(current);
            return result;
        }
        List<DomainRequirement> domain =
                URIRequirementBuilder.fromUri(endpointUri(site, apiUrl)).build();
        result.includeEmptyValue();
        if (item == null) {
            result.includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StringCredentials.class, domain, usableByBuilds());
        } else {
            // As findCredentialById resolves them at run time: as the job runs, then as the system if that may.
            Authentication runsAs = item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
            result.includeMatchingAs(runsAs, item, StringCredentials.class, domain, usableByBuilds());
            if (!ACL.SYSTEM2.equals(runsAs) && item.hasPermission2(runsAs, CredentialsProvider.USE_ITEM)) {
                result.includeMatchingAs(ACL.SYSTEM2, item, StringCredentials.class, domain, usableByBuilds());
            }
        }
        result.includeCurrentValue(current);
        return result;
    }

    /**
     * The secret of the Secret text credentials {@code id} that builds can use, looked up in the context of Jenkins
     * (the global configuration's connection test); null when there are none. SYSTEM-scoped credentials are
     * visible there but never to a build, so they are not taken: a test that passes must mean builds can capture.
     */
    @CheckForNull
    static String globalSecret(@CheckForNull String id, String uri) {
        String wanted = Text.trimToNull(id);
        if (wanted == null) {
            return null;
        }
        List<StringCredentials> all = CredentialsProvider.lookupCredentialsInItemGroup(
                StringCredentials.class,
                Jenkins.get(),
                ACL.SYSTEM2,
                URIRequirementBuilder.fromUri(uri).build());
        return all.stream()
                .filter(c -> c.getId().equals(wanted) && c.getScope() != CredentialsScope.SYSTEM)
                .map(c -> c.getSecret().getPlainText())
                .findFirst()
                .orElse(null);
    }

    /** Every scope but SYSTEM, which only Jenkins itself may use. */
    private static CredentialsMatcher usableByBuilds() {
        return CredentialsMatchers.not(CredentialsMatchers.withScope(CredentialsScope.SYSTEM));
    }

    /** The base URI credentials domains are matched against; null when the form's values are not usable yet. */
    @CheckForNull
    static String endpointUri(String site, String apiUrl) {
        try {
            if (Text.trimToNull(apiUrl) != null) {
                return ApiEndpoint.custom(apiUrl).baseUri().toString();
            }
            String name = Text.trimToNull(site);
            return name == null ? null : ApiEndpoint.site(name).baseUri().toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

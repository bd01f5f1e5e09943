package io.jenkins.plugins.datadogsnapshot;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.github.datadogsnapshot.client.ApiEndpoint;
import io.github.datadogsnapshot.client.DatadogSite;
import java.util.Optional;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * What the form endpoints of every descriptor share: who may use them, the site list, the credentials list
 * and turning a check's message into a {@link FormValidation}. Descriptors and this class are the only
 * places that look up {@link Jenkins#get()}; an architecture test keeps it so.
 */
final class FormSupport {

    private FormSupport() {
    }

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

    /**
     * The Secret text credentials usable for the given API URL or site, listed as the system sees them in the
     * context of {@code item} (or of Jenkins), keeping the current value so saving a form never loses it.
     * Users who may not configure the context only see the current value.
     */
    static ListBoxModel keyItems(@CheckForNull Item item, String site, String apiUrl, String currentId) {
        StandardListBoxModel result = new StandardListBoxModel();
        String current = currentId == null ? "" : currentId;
        if (!mayConfigure(item)) {
            result.includeCurrentValue(current);
            return result;
        }
        String uri = endpointUri(site, apiUrl);
        result.includeEmptyValue();
        if (item == null) {
            result.includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StringCredentials.class,
                    URIRequirementBuilder.fromUri(uri).build(), CredentialsMatchers.always());
        } else {
            result.includeMatchingAs(ACL.SYSTEM2, item, StringCredentials.class,
                    URIRequirementBuilder.fromUri(uri).build(), CredentialsMatchers.always());
        }
        result.includeCurrentValue(current);
        return result;
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

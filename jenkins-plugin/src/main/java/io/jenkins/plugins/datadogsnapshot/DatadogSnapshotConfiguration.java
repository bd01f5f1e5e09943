package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.ProxyConfiguration;
import hudson.init.Terminator;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.config.DatadogSite;
import java.time.Duration;
import java.util.Map;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The Jenkins-wide settings (Manage Jenkins → System, or configuration-as-code under
 * {@code unclassified: datadogSnapshotConfiguration:}): the Datadog site or a custom API URL, the IDs of the two
 * Secret text credentials, and the defaults of every capture. Only credential IDs are stored, never a key.
 *
 * <p>Its symbol is not the {@code datadogSnapshot} step's name. The old symbol stays as the second one:
 * configuration-as-code exports under the first symbol and reads every one, saying that the old name is obsolete.
 */
@Extension
@Symbol({DatadogSnapshotConfiguration.SYMBOL, DatadogSnapshotConfiguration.OLD_SYMBOL})
public class DatadogSnapshotConfiguration extends GlobalConfiguration {

    /** Its name in configuration-as-code. */
    static final String SYMBOL = "datadogSnapshotConfiguration";
    /** The name it had before, the same as the {@code datadogSnapshot} step's; still read. */
    static final String OLD_SYMBOL = "datadogSnapshot";

    static final int MAX_TIMEOUT_SECONDS = 3600;
    static final int MAX_PADDING_SECONDS = 7 * 24 * 3600;

    private String site = DatadogSite.US1.siteName();
    private String apiUrl;
    private String apiKeyCredentialsId;
    private String appKeyCredentialsId;
    private Integer defaultWidth;
    private Integer defaultHeight;
    private int paddingSeconds;
    private int timeoutSeconds = (int) ClientSettings.DEFAULT_TIMEOUT.toSeconds();

    public DatadogSnapshotConfiguration() {
        load();
    }

    /** The instance Jenkins holds. */
    public static DatadogSnapshotConfiguration get() {
        return ExtensionList.lookupSingleton(DatadogSnapshotConfiguration.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.DatadogSnapshotConfiguration_displayName();
    }

    public String getSite() {
        return site;
    }

    /** A {@code DD_SITE} name such as {@code datadoghq.eu}; blank means {@code datadoghq.com}. */
    @DataBoundSetter
    public void setSite(String site) {
        String given = Text.trimToNull(site);
        this.site = given == null
                ? DatadogSite.US1.siteName()
                : DatadogSite.fromName(given).siteName();
        save();
    }

    public String getApiUrl() {
        return apiUrl;
    }

    /** A custom base URL (proxy, private link, emulator); wins over the site when given. */
    @DataBoundSetter
    public void setApiUrl(String apiUrl) {
        this.apiUrl = Text.trimToNull(apiUrl);
        save();
    }

    public String getApiKeyCredentialsId() {
        return apiKeyCredentialsId;
    }

    @DataBoundSetter
    public void setApiKeyCredentialsId(String apiKeyCredentialsId) {
        this.apiKeyCredentialsId = Text.trimToNull(apiKeyCredentialsId);
        save();
    }

    public String getAppKeyCredentialsId() {
        return appKeyCredentialsId;
    }

    @DataBoundSetter
    public void setAppKeyCredentialsId(String appKeyCredentialsId) {
        this.appKeyCredentialsId = Text.trimToNull(appKeyCredentialsId);
        save();
    }

    public Integer getDefaultWidth() {
        return defaultWidth;
    }

    /** Width of graphs that give none, in pixels; null keeps Datadog's default. */
    @DataBoundSetter
    public void setDefaultWidth(Integer defaultWidth) {
        this.defaultWidth = defaultWidth;
        save();
    }

    public Integer getDefaultHeight() {
        return defaultHeight;
    }

    @DataBoundSetter
    public void setDefaultHeight(Integer defaultHeight) {
        this.defaultHeight = defaultHeight;
        save();
    }

    public int getPaddingSeconds() {
        return paddingSeconds;
    }

    /** How far before the window's start graphs begin, to show what came before. */
    @DataBoundSetter
    public void setPaddingSeconds(int paddingSeconds) {
        this.paddingSeconds = Math.max(0, Math.min(paddingSeconds, MAX_PADDING_SECONDS));
        save();
    }

    public int getTimeoutSeconds() {
        return timeoutSeconds;
    }

    /** How long one graph may take from the request until its image is stored. */
    @DataBoundSetter
    public void setTimeoutSeconds(int timeoutSeconds) {
        this.timeoutSeconds = Math.max(1, Math.min(timeoutSeconds, MAX_TIMEOUT_SECONDS));
        save();
    }

    /** These settings as the defaults of a capture. */
    CaptureDefaults defaults() {
        return new CaptureDefaults(
                site,
                apiUrl,
                apiKeyCredentialsId,
                appKeyCredentialsId,
                defaultWidth,
                defaultHeight,
                Duration.ofSeconds(paddingSeconds),
                Duration.ofSeconds(timeoutSeconds));
    }

    /** Closes the shared snapshot clients (connection pools) when Jenkins shuts down. */
    @Terminator
    public static void closeSharedClients() {
        SnapshotClients.shared().closeAll();
    }

    /** Jenkins' HTTP proxy, or null when none is configured. */
    @CheckForNull
    static ProxySettings jenkinsProxy() {
        ProxyConfiguration proxy = Jenkins.get().proxy;
        if (proxy == null || proxy.name == null || proxy.name.isBlank()) {
            return null;
        }
        Secret password = proxy.getSecretPassword();
        return new ProxySettings(
                proxy.name.trim(),
                proxy.port,
                proxy.getUserName(),
                password == null ? null : password.getPlainText().toCharArray(),
                proxy.getNoProxyHostPatterns());
    }

    /** An absolute URL for a path relative to Jenkins' root, or the path itself when no root URL is set. */
    static String absoluteUrl(String rootRelativePath) {
        String root = Jenkins.get().getRootUrl();
        return root == null ? rootRelativePath : root + rootRelativePath;
    }

    @POST
    public ListBoxModel doFillSiteItems() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormSupport.siteItems(null);
    }

    @POST
    public ListBoxModel doFillApiKeyCredentialsIdItems(
            @QueryParameter String site, @QueryParameter String apiUrl, @QueryParameter String apiKeyCredentialsId) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormSupport.keyItems(null, site, apiUrl, apiKeyCredentialsId);
    }

    @POST
    public ListBoxModel doFillAppKeyCredentialsIdItems(
            @QueryParameter String site, @QueryParameter String apiUrl, @QueryParameter String appKeyCredentialsId) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormSupport.keyItems(null, site, apiUrl, appKeyCredentialsId);
    }

    @POST
    public FormValidation doCheckApiUrl(@QueryParameter String apiUrl) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormSupport.toValidation(GraphChecks.apiUrl(apiUrl));
    }

    @POST
    public FormValidation doCheckDefaultWidth(@QueryParameter String defaultWidth) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormSupport.toValidation(GraphChecks.size("width", defaultWidth));
    }

    @POST
    public FormValidation doCheckDefaultHeight(@QueryParameter String defaultHeight) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormSupport.toValidation(GraphChecks.size("height", defaultHeight));
    }

    @POST
    public FormValidation doCheckPaddingSeconds(@QueryParameter String paddingSeconds) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormSupport.toValidation(GraphChecks.seconds("paddingSeconds", paddingSeconds, 0, MAX_PADDING_SECONDS));
    }

    @POST
    public FormValidation doCheckTimeoutSeconds(@QueryParameter String timeoutSeconds) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormSupport.toValidation(GraphChecks.seconds("timeoutSeconds", timeoutSeconds, 1, MAX_TIMEOUT_SECONDS));
    }

    /**
     * Checks both keys against the configured endpoint without creating a snapshot (see {@link ConnectionCheck}),
     * and says which key is wrong.
     */
    @POST
    public FormValidation doTestConnection(
            @QueryParameter String site,
            @QueryParameter String apiUrl,
            @QueryParameter String apiKeyCredentialsId,
            @QueryParameter String appKeyCredentialsId) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        ApiEndpoint endpoint;
        try {
            endpoint = ApiEndpoint.resolve(Text.firstGiven(site, DatadogSite.US1.siteName()), apiUrl, Map.of());
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
        String uri = endpoint.baseUri().toString();
        String apiKey = FormSupport.globalSecret(apiKeyCredentialsId, uri);
        String appKey = FormSupport.globalSecret(appKeyCredentialsId, uri);
        if (apiKey == null) {
            return FormValidation.error(
                    Messages.DatadogSnapshotConfiguration_noCredentials("API key", describe(apiKeyCredentialsId)));
        }
        if (appKey == null) {
            return FormValidation.error(Messages.DatadogSnapshotConfiguration_noCredentials(
                    "application key", describe(appKeyCredentialsId)));
        }
        Credentials keys;
        try {
            keys = Credentials.of(apiKey, appKey);
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
        ConnectionCheck.Result result =
                new ConnectionCheck(endpoint, Duration.ofSeconds(15), jenkinsProxy()).check(keys);
        String message = new KeyNames(Text.trimToNull(apiKeyCredentialsId), Text.trimToNull(appKeyCredentialsId))
                .inJenkinsTerms(result.message());
        return switch (result.outcome()) {
            case OK -> FormValidation.ok(message);
            case WARNING -> FormValidation.warning(message);
            case ERROR -> FormValidation.error(message);
        };
    }

    private static String describe(String credentialsId) {
        String id = Text.trimToNull(credentialsId);
        return id == null ? "(none selected)" : "'" + id + "'";
    }
}

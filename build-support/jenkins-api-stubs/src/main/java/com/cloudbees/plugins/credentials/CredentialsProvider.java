package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.ItemGroup;
import hudson.model.Run;
import hudson.security.Permission;
import java.util.List;
import org.springframework.security.core.Authentication;

/** Compile-only stand-in of the credentials plugin's {@code CredentialsProvider}; constants are unavailable here. */
public abstract class CredentialsProvider {

    public static final Permission USE_ITEM = unavailable();

    private CredentialsProvider() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(@NonNull Class<C> type,
                                                                               @Nullable ItemGroup itemGroup,
                                                                               @Nullable Authentication authentication,
                                                                               @Nullable List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialById(@NonNull String id, @NonNull Class<C> type,
                                                                 @NonNull Run<?, ?> run,
                                                                 @Nullable List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @CheckForNull
    public static <C extends Credentials> C track(@NonNull Run build, @CheckForNull C credentials) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /**
     * The value of every constant here: reading one throws, like calling any member. Not {@code null}, which
     * SpotBugs would see through and report as {@code NP_NONNULL_PARAM_VIOLATION} wherever the plugin passes a
     * permission or result that is never null in Jenkins.
     */
    private static <T> T unavailable() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

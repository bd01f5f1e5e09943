package io.github.datadogsnapshot.client.config;

import java.util.Map;

/**
 * The API key and the application key. They are only ever sent as the {@code DD-API-KEY} and
 * {@code DD-APPLICATION-KEY} headers; {@link #toString()} masks them and no message of this library
 * contains them.
 */
public final class Credentials {

    public static final String API_KEY_VARIABLE = "DD_API_KEY";
    public static final String APPLICATION_KEY_VARIABLE = "DD_APP_KEY";
    /** Where the keys come from, as messages name it unless the caller says otherwise ({@link #from(String)}). */
    public static final String DEFAULT_SOURCE =
            API_KEY_VARIABLE + " and " + APPLICATION_KEY_VARIABLE + ", or the configured credentials";

    private final String apiKey;
    private final String applicationKey;
    private final String source;

    private Credentials(String apiKey, String applicationKey, String source) {
        this.apiKey = apiKey;
        this.applicationKey = applicationKey;
        this.source = source;
    }

    /**
     * Explicit keys.
     *
     * @throws IllegalArgumentException naming the missing or malformed key (never its value)
     */
    public static Credentials of(String apiKey, String applicationKey) {
        return new Credentials(check("API key", apiKey), check("application key", applicationKey), DEFAULT_SOURCE);
    }

    /**
     * The keys from {@code DD_API_KEY} and {@code DD_APP_KEY}.
     *
     * @throws IllegalArgumentException naming the variables that are missing
     */
    public static Credentials fromEnvironment(Map<String, String> environment) {
        String api = environment.get(API_KEY_VARIABLE);
        String app = environment.get(APPLICATION_KEY_VARIABLE);
        boolean noApi = api == null || api.isBlank();
        boolean noApp = app == null || app.isBlank();
        if (noApi || noApp) {
            String missing = noApi && noApp ? API_KEY_VARIABLE + " and " + APPLICATION_KEY_VARIABLE
                    : noApi ? API_KEY_VARIABLE : APPLICATION_KEY_VARIABLE;
            throw new IllegalArgumentException("credentials: " + missing + " not set in the environment");
        }
        return of(api, app);
    }

    private static String check(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("credentials: the " + what + " is empty");
        }
        String trimmed = value.trim();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException(
                        "credentials: the " + what + " contains a space, a control or a non-ASCII character at position "
                                + (i + 1) + "; copy it again without extra characters");
            }
        }
        return trimmed;
    }

    /**
     * These keys, named in messages (a 401 or 403's advice) as {@code source} says, in the caller's terms, e.g.
     * {@code the Secret text credentials 'dd-api' and 'dd-app'}; never the keys themselves.
     */
    public Credentials from(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("credentials: the source of the keys is empty");
        }
        return new Credentials(apiKey, applicationKey, source);
    }

    /** Where the keys come from, for messages: {@link #DEFAULT_SOURCE} unless {@link #from(String)} said. */
    public String source() {
        return source;
    }

    /** The API key; only for the request header. */
    public String apiKey() {
        return apiKey;
    }

    /** The application key; only for the request header. */
    public String applicationKey() {
        return applicationKey;
    }

    @Override
    public String toString() {
        return "Credentials[apiKey=****, applicationKey=****]";
    }
}

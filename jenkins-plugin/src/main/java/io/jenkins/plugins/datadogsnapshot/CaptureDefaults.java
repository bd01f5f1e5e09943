package io.jenkins.plugins.datadogsnapshot;

import java.time.Duration;

/**
 * The global settings a capture falls back on, as plain values so the capture's logic can be tested without
 * Jenkins.
 *
 * @param site                the Datadog site name
 * @param apiUrl              the custom API URL, or null
 * @param apiKeyCredentialsId the ID of the API key's Secret text credentials, or null
 * @param appKeyCredentialsId the ID of the application key's Secret text credentials, or null
 * @param width               the width of graphs that give none, or null
 * @param height              the height of graphs that give none, or null
 * @param padding             how far before the window's start graphs begin
 * @param timeout             how long one graph may take
 */
record CaptureDefaults(
        String site,
        String apiUrl,
        String apiKeyCredentialsId,
        String appKeyCredentialsId,
        Integer width,
        Integer height,
        Duration padding,
        Duration timeout) {

    /** The longest padding a capture or the global configuration accepts: a week. */
    static final int MAX_PADDING_SECONDS = 7 * 24 * 3600;
    /** The longest time one graph may take, as the global configuration accepts it: an hour. */
    static final int MAX_TIMEOUT_SECONDS = 3600;
}

package io.github.datadogsnapshot.client.config;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A rendered snapshot image, validated and moved into place.
 *
 * @param file    the PNG file
 * @param bytes   its size
 * @param width   its width in pixels, from the PNG header
 * @param height  its height in pixels
 * @param readyAt when it was on disk
 * @param checks  how many times the image URL (or the status call) was asked before it was ready
 */
public record StoredImage(Path file, long bytes, int width, int height, Instant readyAt, int checks) {
}

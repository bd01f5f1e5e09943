/**
 * What a capture's numbers come to, as every page and log shows them: one view model, build-tool neutral, pure (no
 * I/O), made from manifests. {@link io.github.datadogsnapshot.client.report.CaptureReport} holds the counts, the
 * overview rows and the notes of a capture; {@link io.github.datadogsnapshot.client.report.GraphReport} one graph's
 * status, headline series and series rows. Every word, number and status in it is final text (numbers by
 * {@link io.github.datadogsnapshot.client.regression.Figures}); the Maven page and the Jenkins pages only lay it out.
 */
package io.github.datadogsnapshot.client.report;

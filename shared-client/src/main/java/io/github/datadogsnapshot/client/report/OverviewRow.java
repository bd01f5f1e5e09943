package io.github.datadogsnapshot.client.report;

import java.util.List;

/**
 * One graph in the overview table, every cell as text: the graph, its status, the headline series (the one that
 * decided the status, see {@link GraphReport}), the watched statistic, this build's value of it, the baseline's and
 * the change.
 *
 * @param name       the graph's name, unique in the capture (pages link to its section by it)
 * @param title      the graph's title, or its name
 * @param status     the status in words, with what else is missing: {@code OK (1 series gone)}
 * @param statusKind how a page may style it: {@code regression}, {@code ok} or {@code note}
 * @param regression whether the graph crossed a threshold
 * @param headline   the headline series' label, {@link io.github.datadogsnapshot.client.regression.Figures#NONE} for none
 * @param statistic  the watched statistic: {@code p95}
 * @param current    this build's value of it: {@code 12345 ms}
 * @param baseline   the baseline's value of it
 * @param change     the change column: {@code +16.7%}, or the bounds crossed
 */
public record OverviewRow(String name, String title, String status, String statusKind, boolean regression,
                          String headline, String statistic, String current, String baseline, String change) {

    /** The cells after the graph's title, in the overview's column order. */
    public List<String> cells() {
        return List.of(status, headline, statistic, current, baseline, change);
    }
}

package io.github.datadogsnapshot.client.regression;

/** How a series (or a graph) came out of the comparison with its baseline and thresholds. */
public enum Verdict {
    /** A threshold was crossed. */
    REGRESSION,
    /** A threshold could not be checked for a reason other than missing data (its unit does not fit the series'). */
    NOT_COMPARABLE,
    /** This build has no numbers: the graph's query answered no series, or the series had no points with data. */
    NO_NUMBERS,
    /** The series is in the baseline but not in this build. */
    SERIES_GONE,
    /** The graph or series is new in this build, or there is no baseline, or the baseline's series has no data. */
    NO_BASELINE,
    /** Every threshold held (or there is none and the baseline was there to compare with). */
    OK
}

package io.github.datadogsnapshot.client.regression;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A threshold crossed by one series: which statistic, which limit, both values.
 *
 * @param threshold the threshold crossed
 * @param current this build's value of its statistic
 * @param baseline the baseline's value, {@code null} for a bound checked without baseline
 * @param changePercent the change in percent of the baseline, {@code null} without baseline or from 0
 * @param message e.g. {@code p95 of host:a rose from 120 to 140 ms (+16.7%), more than p95 +10%}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Breach(Threshold threshold, double current, Double baseline, Double changePercent, String message) {
}

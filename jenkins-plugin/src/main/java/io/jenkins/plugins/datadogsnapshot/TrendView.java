package io.jenkins.plugins.datadogsnapshot;

import java.util.stream.Collectors;

/** One trend on the job page: the picture's URL and what it shows, in words. */
public final class TrendView {

    private final Trend trend;
    private final String imageUrl;

    /** @param trendBase the URL of the job's trend pictures, relative to the root URL, ending in {@code /} */
    TrendView(Trend trend, String trendBase) {
        this.trend = trend;
        this.imageUrl = trendBase + trend.getName() + ".png";
    }

    public String getName() {
        return trend.getName();
    }

    public String getTitle() {
        return trend.getTitle();
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public int getWidth() {
        return Trend.WIDTH;
    }

    public int getHeight() {
        return Trend.HEIGHT;
    }

    /**
     * The picture in words, e.g. {@code p95 of each series, by build number, builds #3 – #22 (12 builds with numbers);
     * crossed its thresholds: #9, #12}.
     */
    public String getDescription() {
        String text = trend.getStatistic().label() + " of each series, by build number, " + trend.getBuildRange() + " ("
                + trend.getBuilds().size() + " builds with numbers)";
        if (trend.getSeriesLeftOut() > 0) {
            text += "; " + Trend.MAX_LINES + " series drawn, " + trend.getSeriesLeftOut() + " more left out";
        }
        if (!trend.getRegressed().isEmpty()) {
            text += "; marked: builds that crossed the thresholds ("
                    + trend.getRegressed().stream().map(n -> "#" + n).collect(Collectors.joining(", ")) + ")";
        }
        return text;
    }
}

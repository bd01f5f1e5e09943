package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.plan.GraphInput;
import java.io.Serializable;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One graph to capture, as configured in a freestyle job or a Pipeline step ({@code graphs: [[...], [...]]}):
 * a metric query or a graph definition, with an optional event query, title, size, image name and thresholds its
 * numbers must keep ({@code p95 +10% and +2ms; max < 800}). The shared
 * client's {@link GraphSpec} builder validates it; this class only carries the user's values.
 */
public class Graph implements Describable<Graph>, Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String title;
    private String metricQuery;
    private String graphDef;
    private String eventQuery;
    private Integer width;
    private Integer height;
    private String thresholds;

    /** Every field is optional here; the client's plan check says which combination is missing. */
    @DataBoundConstructor
    public Graph() {}

    public String getName() {
        return name;
    }

    @DataBoundSetter
    public void setName(String name) {
        this.name = Text.trimToNull(name);
    }

    public String getTitle() {
        return title;
    }

    @DataBoundSetter
    public void setTitle(String title) {
        this.title = Text.trimToNull(title);
    }

    public String getMetricQuery() {
        return metricQuery;
    }

    @DataBoundSetter
    public void setMetricQuery(String metricQuery) {
        this.metricQuery = Text.trimToNull(metricQuery);
    }

    public String getGraphDef() {
        return graphDef;
    }

    @DataBoundSetter
    public void setGraphDef(String graphDef) {
        this.graphDef = Text.trimToNull(graphDef);
    }

    public String getEventQuery() {
        return eventQuery;
    }

    @DataBoundSetter
    public void setEventQuery(String eventQuery) {
        this.eventQuery = Text.trimToNull(eventQuery);
    }

    public Integer getWidth() {
        return width;
    }

    @DataBoundSetter
    public void setWidth(Integer width) {
        this.width = width;
    }

    public Integer getHeight() {
        return height;
    }

    @DataBoundSetter
    public void setHeight(Integer height) {
        this.height = height;
    }

    public String getThresholds() {
        return thresholds;
    }

    /** The limits of the graph's numbers, separated by {@code ;}; the client's {@code Threshold} reads them. */
    @DataBoundSetter
    public void setThresholds(String thresholds) {
        this.thresholds = Text.trimToNull(thresholds);
    }

    /** Whether any field is given; a step's own graph counts only then. */
    boolean isGiven() {
        return name != null
                || title != null
                || metricQuery != null
                || graphDef != null
                || eventQuery != null
                || width != null
                || height != null
                || thresholds != null;
    }

    /** Whether it has what makes a graph: a metric query or a graph definition. */
    boolean hasQuery() {
        return metricQuery != null || graphDef != null;
    }

    /** This graph as the client's plan check reads it. */
    GraphInput input() {
        return new GraphInput(name, title, metricQuery, graphDef, eventQuery, width, height, thresholds);
    }

    /** Form checks for one graph; they reuse the client's validation so the form and the build agree. */
    @Extension
    @Symbol("datadogGraph")
    public static final class DescriptorImpl extends Descriptor<Graph> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.Graph_displayName();
        }

        @POST
        public FormValidation doCheckMetricQuery(
                @AncestorInPath Item item, @QueryParameter String metricQuery, @QueryParameter String graphDef) {
            return FormSupport.check(item, () -> GraphChecks.queryOrDefinition(metricQuery, graphDef));
        }

        @POST
        public FormValidation doCheckGraphDef(@AncestorInPath Item item, @QueryParameter String graphDef) {
            return FormSupport.check(item, () -> GraphChecks.graphDef(graphDef));
        }

        @POST
        public FormValidation doCheckName(@AncestorInPath Item item, @QueryParameter String name) {
            return FormSupport.check(item, () -> GraphChecks.name(name));
        }

        @POST
        public FormValidation doCheckThresholds(@AncestorInPath Item item, @QueryParameter String thresholds) {
            return FormSupport.check(item, () -> GraphChecks.thresholds(thresholds));
        }

        @POST
        public FormValidation doCheckWidth(@AncestorInPath Item item, @QueryParameter String width) {
            return FormSupport.check(item, () -> GraphChecks.size("width", width));
        }

        @POST
        public FormValidation doCheckHeight(@AncestorInPath Item item, @QueryParameter String height) {
            return FormSupport.check(item, () -> GraphChecks.size("height", height));
        }
    }
}

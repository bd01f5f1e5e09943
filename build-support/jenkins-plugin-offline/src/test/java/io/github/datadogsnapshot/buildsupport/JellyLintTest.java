package io.github.datadogsnapshot.buildsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lint catches what it is meant to catch; otherwise its silence on the real views would prove nothing. */
class JellyLintTest {

    private static final String HEAD = JellyLint.ESCAPE_BY_DEFAULT
            + "\n<j:jelly xmlns:j=\"jelly:core\" xmlns:st=\"jelly:stapler\" xmlns:f=\"/lib/form\">";

    /** A view model shaped like the plugin's: a list of rows with getters. */
    public static final class Page {
        public List<Row> getRows() {
            return List.of();
        }

        public String getTitle() {
            return "";
        }

        public boolean isReady() {
            return true;
        }
    }

    /** A row of {@link Page}. */
    public static final class Row {
        public String getName() {
            return "";
        }
    }

    private static List<String> lint(String body) {
        return JellyLint.checkJelly("v.jelly", HEAD + body + "</j:jelly>", Page.class);
    }

    @Test
    void shouldAcceptGettersThroughSetAndForEach() {
        assertThat(lint("<j:set var=\"p\" value=\"${it}\"/><p>${it.title} ${it.ready}</p>"
                + "<j:forEach var=\"r\" items=\"${it.rows}\"><span title=\"${r.name}\">${%Label} ${r.name}</span></j:forEach>"))
                .isEmpty();
    }

    @Test
    void shouldReportAMissingGetterAlsoOnAForEachVariable() {
        assertThat(lint("<p>${it.titel}</p><j:forEach var=\"r\" items=\"${it.rows}\">${r.size}</j:forEach>"))
                .containsExactly("v.jelly: ${it.titel}: " + Page.class.getName() + " has no getter for titel",
                        "v.jelly: ${r.size}: " + Row.class.getName() + " has no getter for size");
    }

    @Test
    void shouldReportScriptsHandlersStylesAndJavascriptUrls() {
        assertThat(lint("<script>alert(1)</script><img src=\"x\" onerror=\"alert(1)\"/><p style=\"color:red\"/>"
                + "<a href=\"javascript:alert(1)\">x</a>"))
                .hasSize(4)
                .anySatisfy(p -> assertThat(p).contains("<script>"))
                .anySatisfy(p -> assertThat(p).contains("onerror="))
                .anySatisfy(p -> assertThat(p).contains("style="))
                .anySatisfy(p -> assertThat(p).contains("javascript:"));
    }

    @Test
    void shouldRequireEscapeByDefaultAndWellFormedXml() {
        assertThat(JellyLint.checkJelly("v.jelly", "<j:jelly xmlns:j=\"jelly:core\"/>", Page.class))
                .containsExactly("v.jelly: does not start with " + JellyLint.ESCAPE_BY_DEFAULT);
        assertThat(lint("<p>")).singleElement().asString().contains("not well-formed XML");
    }

    @Test
    void shouldReportFieldsWithoutGetters() {
        assertThat(JellyLint.checkJelly("config.jelly", HEAD + "<f:entry field=\"title\"/><f:entry field=\"color\"/></j:jelly>",
                Page.class)).containsExactly("config.jelly: field=\"color\" but Page has no getter for it");
    }

    @Test
    void shouldReportHelpForAPropertyThatDoesNotExist() {
        assertThat(JellyLint.checkHelp("help-title.html", "<div>The title.</div>", Page.class)).isEmpty();
        assertThat(JellyLint.checkHelp("help-colour.html", "<div onclick=\"x()\">The colour.</div>", Page.class))
                .hasSize(2);
    }
}

package io.github.datadogsnapshot.buildsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
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

    /** A describable with drop-down fields whose descriptor fills only one of them. */
    public static final class Form {
        public String getColor() {
            return "";
        }

        public String getShade() {
            return "";
        }

        /** Shaped like a descriptor nested in its describable. */
        public static final class DescriptorImpl {
            public List<String> doFillColorItems() {
                return List.of();
            }
        }
    }

    private static Properties texts(String... keysAndValues) {
        Properties texts = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            texts.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return texts;
    }

    private static List<String> lint(String body) {
        return JellyLint.checkJelly("v.jelly", HEAD + body + "</j:jelly>", Page.class, texts("label", "Label"));
    }

    @Test
    void shouldAcceptGettersThroughSetAndForEach() {
        assertThat(lint("<j:set var=\"p\" value=\"${it}\"/><p>${it.title} ${it.ready}</p>"
                + "<j:forEach var=\"r\" items=\"${it.rows}\"><span title=\"${r.name}\">${%label} ${r.name}</span></j:forEach>"))
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
        assertThat(JellyLint.checkJelly("v.jelly", "<j:jelly xmlns:j=\"jelly:core\"/>", Page.class, null))
                .containsExactly("v.jelly: does not start with " + JellyLint.ESCAPE_BY_DEFAULT);
        assertThat(lint("<p>")).singleElement().asString().contains("not well-formed XML");
    }

    @Test
    void shouldReportFieldsWithoutGetters() {
        assertThat(JellyLint.checkJelly("config.jelly", HEAD + "<f:entry field=\"title\"/><f:entry field=\"color\"/></j:jelly>",
                Page.class, null)).containsExactly("config.jelly: field=\"color\" but Page has no getter for it");
    }

    @Test
    void shouldRequireAFillMethodForEveryDropDown() {
        String view = HEAD + "<f:entry field=\"color\"><f:select/></f:entry>"
                + "<f:entry field=\"shade\"><c:select xmlns:c=\"/lib/credentials\"/></f:entry>"
                + "<f:combobox field=\"shade\"/><f:entry title=\"no field\"><f:select/></f:entry></j:jelly>";

        assertThat(JellyLint.checkJelly("config.jelly", view, Form.class, null))
                .hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("config.jelly: <c:select> for field \"shade\" needs doFillShadeItems"))
                .anySatisfy(p -> assertThat(p).startsWith("config.jelly: <f:combobox> for field \"shade\" needs doFillShadeItems"))
                .anySatisfy(p -> assertThat(p).startsWith("config.jelly: <f:select> without a field"));
    }

    /** {@link Row} has the view {@code cell.jelly} (a test resource), {@link Page} none. */
    @Test
    void shouldRequireTheViewAnIncludeNames() {
        String view = HEAD + "<j:forEach var=\"r\" items=\"${it.rows}\"><st:include it=\"${r}\" page=\"cell.jelly\"/>"
                + "<st:include it=\"${r}\" page=\"other.jelly\"/><st:include it=\"${r}\" page=\"other.jelly\" optional=\"true\"/>"
                + "</j:forEach><st:include page=\"missing.jelly\"/><st:include it=\"${it.title}\" page=\"missing.jelly\"/></j:jelly>";

        assertThat(JellyLint.checkJelly("index.jelly", view, Page.class, null))
                .containsExactly("index.jelly: st:include page=\"other.jelly\" but Row has no such view "
                        + "(Stapler's IncludeTag fails the page with \"No page found\")",
                        "index.jelly: st:include page=\"missing.jelly\" but Page has no such view "
                        + "(Stapler's IncludeTag fails the page with \"No page found\")");
    }

    @Test
    void shouldRefuseACheckUrlWithoutItsDependencies() {
        assertThat(lint("<input checkUrl=\"x/check\" checkDependsOn=\"\"/><input checkUrl=\"'x/check?v='+this.value\"/>"))
                .singleElement().asString().contains("checkUrl= without checkDependsOn=");
    }

    @Test
    void shouldReportAKeyGivenTwice() {
        assertThat(JellyLint.checkProperties("v.properties", "title=Title\nname=Name\ntitle=Another title\n"))
                .containsExactly("v.properties: two values for 'title' ('Title' and 'Another title')");
        assertThat(JellyLint.checkProperties("v.properties", "title=Title\\\n  continued\nname=Name\n")).isEmpty();
    }

    @Test
    void shouldRefuseArgumentSyntaxInsideALocalizedText() {
        assertThat(lint("<f:entry title=\"${%Width (pixels)}\"/><p>${%Graph definition (JSON, instead of a metric query)}</p>"
                + "<p>${%Don't}</p><p>${%one, two}</p><p>${%say \"hi\"}</p>"))
                .hasSize(5)
                .allSatisfy(p -> assertThat(p).contains("is argument syntax to Stapler").contains("v.properties"))
                .anySatisfy(p -> assertThat(p).startsWith("v.jelly: ${%Width (pixels)}: '('"))
                .anySatisfy(p -> assertThat(p).startsWith("v.jelly: ${%Don't}: '''"))
                .anySatisfy(p -> assertThat(p).startsWith("v.jelly: ${%one, two}: ','"))
                .anySatisfy(p -> assertThat(p).startsWith("v.jelly: ${%say \"hi\"}: '\"'"));
    }

    @Test
    void shouldRequireAPropertyForEveryPlainKeyButNotForATextWithSpaces() {
        assertThat(lint("<p title=\"${%label}\">${%missing} ${%Plain English text}</p>"))
                .containsExactly("v.jelly: ${%missing}: no property 'missing' in v.properties (the page would show the bare key)");
        assertThat(JellyLint.checkJelly("v.jelly", HEAD + "<p>${%label}</p></j:jelly>", Page.class, null))
                .singleElement().asString().contains("no property 'label'");
        assertThat(JellyLint.checkJelly("v.jelly", HEAD + "<p>${%label}</p></j:jelly>", Page.class, texts("label", "")))
                .singleElement().asString().contains("no property 'label'");
    }

    @Test
    void shouldRefuseTextsThatMessageFormatWouldMangle() {
        Properties texts = texts("apostrophe", "Don't panic", "brace", "Use {name} here", "fine", "It''s {0} (really)",
                "Spaced key", "Isn't checked unless used");

        assertThat(JellyLint.checkJelly("v.jelly", HEAD + "<p>${%apostrophe} ${%brace} ${%fine}</p></j:jelly>", Page.class, texts))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("v.jelly: ${%apostrophe}: the text of 'apostrophe' in v.properties")
                        .contains("single '"))
                .anySatisfy(p -> assertThat(p).startsWith("v.jelly: ${%brace}: the text of 'brace' in v.properties")
                        .contains("not a valid MessageFormat pattern"));
        assertThat(JellyLint.checkJelly("v.jelly", HEAD + "<p>${%Spaced key}</p></j:jelly>", Page.class, texts))
                .singleElement().asString().contains("single '");
    }

    @Test
    void shouldRequireThePrefixOnIdsAndOnLinksToIds() {
        assertThat(lint("<j:forEach var=\"r\" items=\"${it.rows}\"><section id=\"${r.name}\"/><section id=\"dd-snapshot-${r.name}\"/>"
                + "<a href=\"page/#${r.name}\">x</a><a href=\"page/#dd-snapshot-${r.name}\">y</a><a href=\"#\">z</a></j:forEach>"))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("id=\"${r.name}\" on <section> does not start with dd-snapshot-"))
                .anySatisfy(p -> assertThat(p).contains("href=\"page/#${r.name}\" on <a> links to an id that does not start"));
    }

    @Test
    void shouldReportHelpForAPropertyThatDoesNotExist() {
        assertThat(JellyLint.checkHelp("help-title.html", "<div>The title.</div>", Page.class)).isEmpty();
        assertThat(JellyLint.checkHelp("help-colour.html", "<div onclick=\"x()\">The colour.</div>", Page.class))
                .hasSize(2);
    }
}

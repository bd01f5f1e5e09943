package io.github.datadogsnapshot.maven;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;

/** The report page's texts from the {@code report} bundle, and Doxia attributes, for the page's renderers. */
final class ReportTexts {

    private ReportTexts() {
    }

    /** The bundle's text of {@code key}; with arguments, formatted by {@link MessageFormat} in the bundle's locale. */
    static String format(ResourceBundle bundle, String key, Object... arguments) {
        String pattern = bundle.getString(key);
        Locale locale = bundle.getLocale() == null ? Locale.ROOT : bundle.getLocale();
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** Attributes from names and values in turn: {@code attributes(STYLE, "width:100%", CLASS, "bodyTable")}. */
    static SinkEventAttributes attributes(String... namesAndValues) {
        SinkEventAttributeSet set = new SinkEventAttributeSet();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            set.addAttribute(namesAndValues[i], namesAndValues[i + 1]);
        }
        return set;
    }
}

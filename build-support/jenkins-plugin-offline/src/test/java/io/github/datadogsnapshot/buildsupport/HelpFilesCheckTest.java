package io.github.datadogsnapshot.buildsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every form field of the plugin has its help in the built plugin, where Jenkins looks for it: {@code help-x.html} in
 * the folder of the class whose view has the field, or of one of its superclasses. The steps' help files are written
 * once and copied for the freestyle recorder and {@code Graph} by the build (jenkins-plugin/pom.xml, and this
 * module's pom.xml the same way); this fails when a copy is missing.
 */
class HelpFilesCheckTest {

    private static final Pattern FIELD = Pattern.compile("<f:[a-zA-Z]+\\s[^>]*?field=\"(\\w+)\"");

    @Test
    void everyFormFieldHasHelpInTheBuiltPlugin() throws Exception {
        List<String> missing = new ArrayList<>();
        int fields = 0;
        for (Path view : PluginFiles.files(PluginFiles.resources(), ".jelly")) {
            Class<?> owner = PluginFiles.viewClass(view);
            if (owner == null) {
                continue;
            }
            Matcher field = FIELD.matcher(Files.readString(view));
            while (field.find()) {
                fields++;
                if (!hasHelp(owner, field.group(1))) {
                    missing.add(PluginFiles.resources().relativize(view) + ": " + field.group(1));
                }
            }
        }
        assertThat(fields).as("form fields found").isGreaterThan(20);
        assertThat(missing).as("fields without help-<field>.html in the built plugin").isEmpty();
    }

    private static boolean hasHelp(Class<?> owner, String field) {
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            Path help = PluginFiles.classes().resolve(c.getName().replace('.', '/')).resolve("help-" + field + ".html");
            if (Files.isRegularFile(help)) {
                return true;
            }
        }
        return false;
    }
}

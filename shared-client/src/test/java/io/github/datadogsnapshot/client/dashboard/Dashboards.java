package io.github.datadogsnapshot.client.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The stored dashboard answers of the tests. */
final class Dashboards {

    private Dashboards() {
    }

    static String text(String resource) {
        try (InputStream in = Dashboards.class.getResourceAsStream("/dashboard/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource /dashboard/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dashboard with groups, template variables, formula widgets and widgets without requests. */
    static Dashboard checkout() {
        return DashboardJson.parse(text("checkout.json"), "abc-def-ghi");
    }
}

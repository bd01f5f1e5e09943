package net.sf.json;

/**
 * Compile-only stand-in of json-lib's {@code net.sf.json.JSONObject} (Jenkins' fork, {@code org.kohsuke.stapler:json-lib}),
 * the form data Stapler binds. Its supertypes and every member the plugin does not use are left out.
 */
public final class JSONObject {

    private JSONObject() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String optString(String key) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public Object remove(String key) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

package io.github.datadogsnapshot.archfixture.plugin;

import io.github.datadogsnapshot.archfixture.client.engine.Engine;

/** A caller that reaches past the front door into the engine. */
public final class Plugin {

    public String capture() {
        return new Engine().run();
    }
}

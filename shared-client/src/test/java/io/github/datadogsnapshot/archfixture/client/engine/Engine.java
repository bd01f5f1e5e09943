package io.github.datadogsnapshot.archfixture.client.engine;

/** The workings of the fixture client: public, but only for the client's own packages. */
public final class Engine {

    public String run() {
        return "ran";
    }
}

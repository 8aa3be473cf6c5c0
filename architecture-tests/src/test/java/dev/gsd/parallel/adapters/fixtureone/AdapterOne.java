package dev.gsd.parallel.adapters.fixtureone;

import dev.gsd.parallel.adapters.fixturetwo.AdapterTwo;

/** An adapter (test fixture) that reaches into another adapter. */
public final class AdapterOne {

    public AdapterTwo other() {
        return new AdapterTwo();
    }
}

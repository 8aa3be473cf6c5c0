package dev.gsd.parallel.simagent;

import java.util.ArrayList;
import java.util.List;

/** A {@link Body} for in-process tests: a crash or a hang ends the run with an exception instead of the process. */
final class FakeBody implements Body {

    static final class Crashed extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static final class Hung extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    final List<Long> work = new ArrayList<>();
    boolean ignoringSigterm;

    @Override
    public void work(final long millis) {
        work.add(millis);
    }

    @Override
    public void crash() {
        throw new Crashed();
    }

    @Override
    public void hang() {
        throw new Hung();
    }

    @Override
    public void ignoreSigterm() {
        ignoringSigterm = true;
    }
}

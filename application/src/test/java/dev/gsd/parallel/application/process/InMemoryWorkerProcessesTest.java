package dev.gsd.parallel.application.process;

import java.util.List;

class InMemoryWorkerProcessesTest extends WorkerProcessesContract {

    @Override
    protected WorkerProcesses create() {
        return new InMemoryWorkerProcesses();
    }

    @Override
    protected List<String> sleeper() {
        return List.of("sleep");
    }

    @Override
    protected List<String> exitingWith(int code) {
        return List.of("exit:" + code);
    }

    @Override
    protected List<String> ignoringSigterm() {
        return List.of("ignore-term");
    }
}

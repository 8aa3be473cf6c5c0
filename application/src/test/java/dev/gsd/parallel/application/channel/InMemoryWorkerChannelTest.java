package dev.gsd.parallel.application.channel;

import dev.gsd.parallel.domain.plan.MilestoneId;

class InMemoryWorkerChannelTest extends WorkerChannelContract {

    private InMemoryWorkerChannel twin;

    @Override
    protected WorkerChannel create() {
        twin = new InMemoryWorkerChannel();
        return twin;
    }

    @Override
    protected void plantCorruptStatus(MilestoneId milestone) {
        twin.corruptStatus(root, milestone);
    }
}

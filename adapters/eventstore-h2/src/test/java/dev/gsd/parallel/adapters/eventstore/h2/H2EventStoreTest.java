package dev.gsd.parallel.adapters.eventstore.h2;

import dev.gsd.parallel.application.eventstore.EventStore;
import dev.gsd.parallel.application.eventstore.EventStoreContract;
import dev.gsd.parallel.application.eventstore.EventTypes;

class H2EventStoreTest extends EventStoreContract {

    @Override
    protected EventStore open(EventTypes types) {
        return H2EventStore.open(dir.resolve("events"), types, clock);
    }
}

package dev.gsd.parallel.application.eventstore;

class InMemoryEventStoreTest extends EventStoreContract {

    private final InMemoryEventStore.Storage storage = new InMemoryEventStore.Storage();

    @Override
    protected EventStore open(EventTypes types) {
        return new InMemoryEventStore(storage, types, clock);
    }
}

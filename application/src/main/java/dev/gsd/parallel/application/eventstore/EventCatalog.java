package dev.gsd.parallel.application.eventstore;

import dev.gsd.parallel.domain.run.RunEvent;

/**
 * Every event type GSD Parallel stores, with its stable name and schema version. The names are part of the external
 * contract ({@code gsd parallel history} prints them); add new types here, never rename one.
 */
public final class EventCatalog {

    private EventCatalog() {
    }

    public static EventTypes all() {
        return EventTypes.of(
                new EventType("run.Started", 1, RunEvent.RunStarted.class),
                new EventType("run.Finished", 1, RunEvent.RunFinished.class));
    }
}

package dev.gsd.parallel.domain;

/**
 * A fact that happened, recorded in the event store. Every aggregate declares a sealed sub-interface whose permitted
 * subtypes are records named in the past tense; the store knows each by a stable type name, never the Java class
 * name.
 */
public interface DomainEvent {
}

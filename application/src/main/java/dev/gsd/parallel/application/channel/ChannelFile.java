package dev.gsd.parallel.application.channel;

import java.util.Objects;
import java.util.Optional;

/**
 * What reading one channel file found. A file that is not there and a file that cannot be understood both mean
 * "no value", but the second is worth reporting ({@code gsd doctor}), so they differ.
 */
public sealed interface ChannelFile<T> {

    /** The value, if the file was there and well-formed. */
    Optional<T> value();

    static <T> ChannelFile<T> present(T value) {
        return new Present<>(value);
    }

    static <T> ChannelFile<T> absent() {
        return new Absent<>();
    }

    static <T> ChannelFile<T> corrupt(String why) {
        return new Corrupt<>(why);
    }

    /** The file was there and well-formed. */
    record Present<T>(T content) implements ChannelFile<T> {
        public Present {
            Objects.requireNonNull(content, "content");
        }

        @Override
        public Optional<T> value() {
            return Optional.of(content);
        }
    }

    /** No such file. */
    record Absent<T>() implements ChannelFile<T> {
        @Override
        public Optional<T> value() {
            return Optional.empty();
        }
    }

    /** The file was there but is not what it should be; {@code why} says what is wrong. */
    record Corrupt<T>(String why) implements ChannelFile<T> {
        public Corrupt {
            Objects.requireNonNull(why, "why");
        }

        @Override
        public Optional<T> value() {
            return Optional.empty();
        }
    }
}

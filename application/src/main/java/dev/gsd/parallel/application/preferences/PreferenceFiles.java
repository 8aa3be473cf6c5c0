package dev.gsd.parallel.application.preferences;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.ReadResult;
import java.nio.file.Path;

/**
 * GSD's preference files: the global {@code $GSD_HOME/PREFERENCES.md} (default {@code ~/.gsd/}), then the
 * project's {@code .gsd/PREFERENCES.md}; project keys win and {@code parallel:} and {@code git:} merge key by key.
 * Keys GSD itself defines are accepted silently; keys neither knows are warnings.
 */
public interface PreferenceFiles {

    /**
     * The effective preferences of the project at {@code root}.
     *
     * @throws BadInput naming the file, the key, the value and what is valid, if any value is invalid
     */
    ReadResult<Preferences> read(Path root);
}

package dev.gsd.parallel.adapters.eventstore.h2;

import dev.gsd.parallel.application.eventstore.EventStoreUnavailable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Brings the file's tables to {@link #LATEST_VERSION}. Flyway's {@code migrate} costs ~300 ms even when there is
 * nothing to do (it scans the class path and validates every applied script), which every short command would pay;
 * one query on Flyway's history table tells whether it is needed at all.
 */
final class Schema {

    /** The highest {@code V<n>__*.sql} under {@link #LOCATION}; a test keeps the two in step. */
    static final String LATEST_VERSION = "1";
    static final String LOCATION = "db/migration/eventstore";

    /** Held so the level set here is not lost when the logger is garbage collected. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    enum Outcome { ALREADY_CURRENT, MIGRATED }

    private Schema() {
    }

    static Outcome ensureCurrent(Path file, DataSource dataSource, Connection connection) throws SQLException {
        Optional<String> installed = installedVersion(connection);
        if (installed.isPresent() && installed.get().equals(LATEST_VERSION)) {
            return Outcome.ALREADY_CURRENT;
        }
        refuseNewer(file, installed);
        try {
            migrate(dataSource);
        } catch (FlywayException e) {
            // Two processes creating the same new file race to create Flyway's history table; the loser finds the
            // winner's schema in place and can go on.
            if (installedVersion(connection).filter(LATEST_VERSION::equals).isPresent()) {
                return Outcome.MIGRATED;
            }
            throw new EventStoreUnavailable("event store " + file + ": cannot create or upgrade its tables: "
                    + e.getMessage(), e);
        }
        return Outcome.MIGRATED;
    }

    /** The version of the last successful migration, if Flyway ever ran on this file. */
    static Optional<String> installedVersion(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'");
             ResultSet rs = exists.executeQuery()) {
            rs.next();
            if (rs.getInt(1) == 0) {
                connection.commit();
                return Optional.empty();
            }
        }
        try (PreparedStatement last = connection.prepareStatement("SELECT \"version\" FROM \"flyway_schema_history\""
                + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC"
                + " FETCH FIRST ROW ONLY");
             ResultSet rs = last.executeQuery()) {
            Optional<String> version = rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            connection.commit();
            return version;
        }
    }

    private static void refuseNewer(Path file, Optional<String> installed) {
        if (installed.isPresent() && MigrationVersion.fromVersion(installed.get())
                .compareTo(MigrationVersion.fromVersion(LATEST_VERSION)) > 0) {
            throw new EventStoreUnavailable("event store " + file + " has schema version " + installed.get()
                    + ", newer than this gsd knows (" + LATEST_VERSION + "); upgrade gsd");
        }
    }

    private static void migrate(DataSource dataSource) {
        FLYWAY_LOG.setLevel(Level.WARNING);
        Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + LOCATION)
                .failOnMissingLocations(true)
                .cleanDisabled(true)
                .load()
                .migrate();
    }
}

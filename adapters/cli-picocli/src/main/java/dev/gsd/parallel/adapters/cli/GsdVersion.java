package dev.gsd.parallel.adapters.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The version of this build, from {@code version.properties} (filtered by Maven). */
final class GsdVersion implements IVersionProvider {

    private static final String RESOURCE = "version.properties";

    static String version() {
        try (InputStream in = GsdVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            final Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"gsd " + version()};
    }
}

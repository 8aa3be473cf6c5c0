package dev.gsd.parallel.adapters.eventstore.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gsd.parallel.application.eventstore.TestEvent;
import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AUTO_SERVER port that shares the file with other gsd processes must not be reachable from the network. */
class LoopbackServerTest {

    @TempDir
    Path dir;

    @Test
    void h2_is_told_to_bind_to_loopback() throws IOException {
        H2EventStore.open(dir.resolve("events"), TestEvent.TYPES, Clock.systemUTC()).close();

        assertTrue(InetAddress.getByName(org.h2.engine.SysProperties.BIND_ADDRESS).isLoopbackAddress(),
                org.h2.engine.SysProperties.BIND_ADDRESS);
    }

    @Test
    void the_auto_server_port_listens_on_loopback_only() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux /proc/net");
        try (H2EventStore store = H2EventStore.open(dir.resolve("events"), TestEvent.TYPES, Clock.systemUTC())) {
            int port = serverPort(store.file().resolveSibling("events.lock.db"));

            List<InetAddress> listening = listeningAddresses(port);

            assertFalse(listening.isEmpty(), "nothing listens on port " + port);
            for (InetAddress address : listening) {
                assertTrue(address.isLoopbackAddress(), "port " + port + " listens on " + address);
            }
        }
    }

    /** H2 writes {@code server=<host>:<port>} into the lock file while it serves the database. */
    private static int serverPort(Path lockFile) throws IOException {
        Properties lock = new Properties();
        try (Reader in = Files.newBufferedReader(lockFile)) {
            lock.load(in);
        }
        String server = lock.getProperty("server", "");
        assertTrue(server.contains(":"), "lock file names no server: " + lock);
        return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
    }

    /** Local addresses of sockets in state LISTEN on {@code port}, from the kernel's tables. */
    private static List<InetAddress> listeningAddresses(int port) throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            List<String> lines = Files.readAllLines(path);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if (Integer.parseInt(local[1], 16) == port && fields[3].equals("0A")) {
                    addresses.add(InetAddress.getByAddress(kernelOrder(local[0])));
                }
            }
        }
        return addresses;
    }

    /** The kernel prints each 32-bit word of an address in host (little-endian) byte order. */
    private static byte[] kernelOrder(String hex) {
        byte[] raw = HexFormat.of().parseHex(hex);
        byte[] address = new byte[raw.length];
        for (int word = 0; word < raw.length; word += 4) {
            for (int i = 0; i < 4; i++) {
                address[word + i] = raw[word + 3 - i];
            }
        }
        assertEquals(0, raw.length % 4);
        return address;
    }
}

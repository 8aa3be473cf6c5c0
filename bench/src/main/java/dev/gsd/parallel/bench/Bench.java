package dev.gsd.parallel.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/** Entry point: {@code java -jar gsd-bench.jar eventstore}. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        // The raw JDBC reference loads H2 before the store does; its AUTO_SERVER must stay on loopback too.
        System.setProperty("h2.bindAddress", "127.0.0.1");
        PrintStream out = System.out;
        if (args.length == 1 && args[0].equals("eventstore")) {
            new EventStoreBench(out).run();
        } else if (args.length == 1 && args[0].equals("worktrees")) {
            new WorktreesBench(out).run();
        } else if (args.length == 2 && args[0].equals(EventStoreBench.HOLD)) {
            EventStoreBench.hold(Path.of(args[1]), out);
        } else {
            System.err.println("usage: java -jar gsd-bench.jar eventstore|worktrees");
            System.exit(2);
        }
    }
}

package dev.gsd.parallel.adapters.gsdproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.application.ReadResult;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken project under {@code corpus/}: reading it fails with one clear line naming the file (and key), or,
 * where ignoring is right, succeeds with the expected warning; it is never changed, and never takes a second.
 * {@code expected.properties} in each case says which; {@code corpus/README.md} lists them all.
 */
class BadInputCorpusTest {

    private static final long SECOND_NANOS = 1_000_000_000L;
    private static final Map<String, Long> TIMES = new TreeMap<>();

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> entries = Files.list(corpus())) {
            return entries.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted()
                    .collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reading_fails_cleanly_or_warns_and_changes_nothing(String name) throws IOException {
        Properties expected = expectations(name);
        Path project = temp.resolve("project");
        Path home = temp.resolve("home");
        copy(corpus().resolve(name), project);
        Files.createDirectories(home);
        if (Files.isDirectory(project.resolve("home"))) {
            Files.move(project.resolve("home/PREFERENCES.md"), home.resolve("PREFERENCES.md"));
            Files.delete(project.resolve("home"));
        }
        Files.delete(project.resolve("expected.properties"));
        Optional.ofNullable(expected.getProperty("generate")).ifPresent(step -> generate(step, project));
        List<String> before = TreeSnapshot.of(temp);

        boolean preferences = expected.getProperty("reader").equals("preferences");
        Supplier<ReadResult<?>> reader = preferences
                ? () -> GsdProjectFiles.preferenceFiles(home).read(project)
                : () -> GsdProjectFiles.projectPlans().read(project);
        Supplier<ReadResult<?>> other = preferences
                ? () -> GsdProjectFiles.projectPlans().read(project)
                : () -> GsdProjectFiles.preferenceFiles(home).read(project);

        long started = System.nanoTime();
        Outcome outcome = Outcome.of(reader);
        long elapsed = System.nanoTime() - started;
        TIMES.put(name, elapsed / 1_000_000);

        check(expected, outcome);
        assertEquals(List.of(), timed(other).warningsOrFailure(),
                "the other reader must find nothing wrong, so the case tests one thing");
        assertEquals(before, TreeSnapshot.of(temp), "reading changed the project");
        assertTrue(elapsed < SECOND_NANOS, () -> name + " took " + elapsed / 1_000_000 + " ms");
    }

    private static Outcome timed(Supplier<ReadResult<?>> reader) {
        long started = System.nanoTime();
        Outcome outcome = Outcome.of(reader);
        assertTrue(System.nanoTime() - started < SECOND_NANOS, "the other reader took over a second");
        return outcome;
    }

    private static void check(Properties expected, Outcome outcome) {
        String file = expected.getProperty("file");
        List<String> parts = Stream.of(file, expected.getProperty("key"), expected.getProperty("contains"))
                .filter(part -> part != null).collect(Collectors.toList());
        switch (expected.getProperty("outcome")) {
            case "error": {
                String message = outcome.failure.map(Throwable::getMessage)
                        .orElseGet(() -> fail("expected BadInput, read succeeded with " + outcome.warnings));
                assertFalse(message.contains("\n"), () -> "not one line: " + message);
                assertFalse(message.contains("Exception") || message.contains("\tat "), message);
                for (String part : parts) {
                    assertTrue(message.contains(part), () -> "expected '" + part + "' in: " + message);
                }
                assertTrue(message.startsWith(file) || message.startsWith("refused: " + file)
                        || message.contains("/" + file), () -> "the message must start by naming " + file + ": "
                        + message);
                break;
            }
            case "warning":
                assertTrue(outcome.failure.isEmpty(), () -> "unexpected " + outcome.failure.get().getMessage());
                assertTrue(outcome.warnings.stream().anyMatch(w -> parts.stream().allMatch(w::contains)),
                        () -> "no warning with " + parts + " in " + outcome.warnings);
                outcome.warnings.forEach(w -> assertFalse(w.contains("\n"), w));
                break;
            case "ok":
                assertEquals(List.of(), outcome.warningsOrFailure());
                break;
            default:
                fail("unknown outcome in expected.properties: " + expected.getProperty("outcome"));
        }
    }

    @Test
    void the_readme_lists_every_case_and_no_other() throws IOException {
        String readme = Files.readString(corpus().resolve("README.md"));
        List<String> listed = readme.lines().filter(line -> line.startsWith("| `"))
                .map(line -> line.substring(3, line.indexOf('`', 3))).sorted().collect(Collectors.toList());

        assertEquals(cases().collect(Collectors.toList()), listed);
        assertTrue(listed.size() >= 20);
    }

    @AfterAll
    static void report() {
        String slowest = TIMES.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "));
        // printed for the record: how long the worst inputs take to read
        System.out.println("corpus: " + TIMES.size() + " cases; slowest reads: " + slowest);
    }

    /** The runtime steps for what should not be committed: binary junk, huge files, symlinks. */
    private void generate(String step, Path project) {
        Path m001 = project.resolve(".gsd/milestones/M001");
        try {
            switch (step) {
                case "binary-context":
                    Files.write(m001.resolve("M001-CONTEXT.md"), concat("---\ndepends_on: []\n---\n".getBytes(
                            StandardCharsets.UTF_8), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0,
                                0, 0, 13, 'I', 'H', 'D', 'R'}));
                    break;
                case "binary-roadmap":
                    Files.write(m001.resolve("M001-ROADMAP.md"),
                            "# M001: Caf\u00e9 storage\n- [ ] **S01: R\u00e9sum\u00e9**\n".getBytes(
                                    StandardCharsets.ISO_8859_1));
                    break;
                case "binary-plan": {
                    byte[] junk = new byte[4096];
                    new Random(42).nextBytes(junk);
                    junk[10] = (byte) 0xFF;
                    Files.createDirectories(m001.resolve("slices/S01"));
                    Files.write(m001.resolve("slices/S01/S01-PLAN.md"), junk);
                    break;
                }
                case "oversized-context":
                    Files.write(m001.resolve("M001-CONTEXT.md"), lines("# M001: Big\n", "Filler line of prose. ",
                            9 * 1024 * 1024 + 10));
                    break;
                case "huge-unclosed-front-matter":
                    Files.write(m001.resolve("M001-CONTEXT.md"), lines("---\n", "key: value with words ",
                            6 * 1024 * 1024));
                    break;
                case "multi-megabyte-roadmap": {
                    byte[] prose = lines("# M001: Core storage\n\n## Slices\n\n- [x] **S01: Schema**\n",
                            "Long paragraph of background. ", 5 * 1024 * 1024);
                    byte[] line = ("- [ ] **S99: " + "x".repeat(2 * 1024 * 1024) + "\n").getBytes(
                            StandardCharsets.UTF_8);
                    Files.write(m001.resolve("M001-ROADMAP.md"), concat(concat(prose, line),
                            "- [ ] **S02: Queries**\n".getBytes(StandardCharsets.UTF_8)));
                    break;
                }
                case "milestone-symlink-escape": {
                    Path outside = Files.createDirectories(temp.resolve("outside/M003"));
                    Files.writeString(outside.resolve("M003-CONTEXT.md"), "# M003: Someone else's\n");
                    Files.createSymbolicLink(project.resolve(".gsd/milestones/M003"), outside);
                    break;
                }
                case "plan-symlink-escape": {
                    Path secret = Files.createDirectories(temp.resolve("outside")).resolve("secret.md");
                    Files.writeString(secret, "- [ ] **T01: Secret**\n  - Files: /etc/passwd\n");
                    Files.createDirectories(m001.resolve("slices/S01"));
                    Files.createSymbolicLink(m001.resolve("slices/S01/S01-PLAN.md"), secret);
                    break;
                }
                case "pathological-lines":
                    pathologicalLines(m001);
                    break;
                case "binary-preferences":
                    Files.write(project.resolve(".gsd/PREFERENCES.md"),
                            "---\nparallel:\n  enabled: true\n---\n".getBytes(StandardCharsets.UTF_16));
                    break;
                default:
                    fail("unknown generate step " + step);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lines shaped to make a backtracking pattern quadratic: a construct opened and never finished after a long run
     * of blanks, or cut short by a line separator that {@code .} does not match.
     */
    private static void pathologicalLines(Path m001) throws IOException {
        String blanks = " ".repeat(9_900);
        String roadmap = "# M001: Real title\n- [ ] **S01: Real slice**\n"
                + ("- [ ] **S02: " + blanks + "x\n").repeat(500)
                + ("## Slice S03" + blanks + "\u2028x\n").repeat(100)
                + ("# " + " #".repeat(4_900) + "x\n").repeat(50);
        String plan = "- [ ] **T01: Real task**\n  - Files: a.txt\n"
                + ("- [ ] **T02: " + blanks + "x\n").repeat(100)
                + ("### T03" + blanks + "\u2028x\n").repeat(50)
                + ("  - Files:" + blanks + "\u2028b.txt\n").repeat(50);
        String summary = "---\n" + ("status: a" + blanks + "b\n").repeat(20) + "---\n"
                + ("#" + "#".repeat(9_000) + " BLOCKE\n").repeat(100);
        String context = "# " + " #".repeat(4_900) + "x\n" + "# M001" + blanks + "\u2028\n";
        Files.createDirectories(m001.resolve("slices/S01"));
        Files.writeString(m001.resolve("M001-ROADMAP.md"), roadmap);
        Files.writeString(m001.resolve("slices/S01/S01-PLAN.md"), plan);
        Files.writeString(m001.resolve("M001-SUMMARY.md"), summary);
        Files.writeString(m001.resolve("M001-CONTEXT.md"), context);
    }

    private static byte[] lines(String head, String line, int totalBytes) {
        StringBuilder text = new StringBuilder(totalBytes + 200).append(head);
        String full = line.repeat(8) + "\n";
        while (text.length() < totalBytes) {
            text.append(full);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static Properties expectations(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(corpus().resolve(name).resolve("expected.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    static Path corpus() {
        try {
            return Path.of(BadInputCorpusTest.class.getResource("/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** What a read did: its warnings, or the BadInput it threw. */
    private static final class Outcome {
        private final List<String> warnings;
        private final Optional<BadInput> failure;

        private Outcome(List<String> warnings, Optional<BadInput> failure) {
            this.warnings = warnings;
            this.failure = failure;
        }

        static Outcome of(Supplier<ReadResult<?>> reader) {
            try {
                return new Outcome(reader.get().warnings(), Optional.empty());
            } catch (BadInput e) {
                return new Outcome(List.of(), Optional.of(e));
            }
        }

        List<String> warningsOrFailure() {
            List<String> all = new ArrayList<>(warnings);
            failure.ifPresent(e -> all.add("BadInput: " + e.getMessage()));
            return all;
        }
    }
}

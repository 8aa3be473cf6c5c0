package dev.gsd.parallel.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.gsd.parallel.adapters.fixtureone.AdapterOne;
import dev.gsd.parallel.adapters.fixturetwo.AdapterTwo;
import dev.gsd.parallel.architecture.fixtures.cycle.a.A;
import dev.gsd.parallel.architecture.fixtures.cycle.b.B;
import dev.gsd.parallel.architecture.fixtures.domain.ApplicationAwareAggregate;
import dev.gsd.parallel.architecture.fixtures.domain.ClassEvent;
import dev.gsd.parallel.architecture.fixtures.domain.ClockReadingDecider;
import dev.gsd.parallel.architecture.fixtures.domain.FileReadingPolicy;
import dev.gsd.parallel.architecture.fixtures.domain.OpenCommand;
import dev.gsd.parallel.architecture.fixtures.domain.OpenEvent;
import dev.gsd.parallel.architecture.fixtures.elsewhere.LoudService;
import dev.gsd.parallel.architecture.fixtures.elsewhere.TechnologyInTheCore;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule, run against a class written to break it, reports that class: the rules are able to fail. */
class ArchitectureRulesCanFailTest {

    static Stream<Arguments> violations() {
        return Stream.of(
                violation("domain reads the clock", ArchitectureRules.DOMAIN_READS_NO_CLOCK_AND_DRAWS_NO_RANDOMNESS,
                        "Instant.now", ClockReadingDecider.class),
                violation("domain draws a random id", ArchitectureRules.DOMAIN_READS_NO_CLOCK_AND_DRAWS_NO_RANDOMNESS,
                        "UUID.randomUUID", ClockReadingDecider.class),
                violation("domain does file I/O", ArchitectureRules.DOMAIN_DOES_NO_IO,
                        "java.nio.file.Files", FileReadingPolicy.class),
                violation("domain sees the application", ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_THE_JDK,
                        "StreamId", ApplicationAwareAggregate.class),
                violation("an event that is a class", ArchitectureRules.EVENTS_ARE_RECORDS_UNDER_A_SEALED_ROOT,
                        "ClassEvent is not a record", ClassEvent.class),
                violation("an event root that is open", ArchitectureRules.EVENT_ROOTS_AND_COMMAND_ROOTS_ARE_SEALED,
                        "OpenEvent is not sealed", OpenEvent.class, OpenEvent.Happened.class),
                violation("a command that is a class", ArchitectureRules.COMMANDS_ARE_RECORDS_UNDER_A_SEALED_ROOT,
                        "DoIt is not a record", OpenCommand.class, OpenCommand.DoIt.class),
                violation("standard streams", ArchitectureRules.NO_STANDARD_STREAMS_OUTSIDE_THE_ENTRY_POINT,
                        "System.err", LoudService.class),
                violation("System.exit", ArchitectureRules.NO_SYSTEM_EXIT_OUTSIDE_THE_ENTRY_POINT,
                        "System.exit", LoudService.class),
                violation("Jackson in the core", ArchitectureRules.JACKSON_ONLY_IN_ADAPTERS,
                        "ObjectMapper", TechnologyInTheCore.class),
                violation("JDBC in the core", ArchitectureRules.JDBC_H2_AND_FLYWAY_ONLY_IN_THE_EVENT_STORE_ADAPTER,
                        "java.sql.Connection", TechnologyInTheCore.class),
                violation("picocli in the core", ArchitectureRules.PICOCLI_ONLY_IN_THE_CLI_ADAPTER,
                        "picocli.CommandLine", TechnologyInTheCore.class),
                violation("a process in the core", ArchitectureRules.PROCESSES_ONLY_IN_THE_PROCESS_ADAPTER,
                        "ProcessBuilder", TechnologyInTheCore.class),
                violation("a package cycle", ArchitectureRules.NO_PACKAGE_CYCLES, "Cycle detected", A.class, B.class),
                violation("an adapter using another", ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
                        "AdapterTwo", AdapterOne.class, AdapterTwo.class));
    }

    private static Arguments violation(String name, ArchRule rule, String expectedInReport, Class<?>... classes) {
        return Arguments.of(name, rule, expectedInReport, classes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void the_rule_reports_the_violating_class(String name, ArchRule rule, String expectedInReport,
            Class<?>[] classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);

        EvaluationResult result = rule.evaluate(imported);

        assertTrue(result.hasViolation(), name + ": no violation reported");
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(expectedInReport), name + ": report does not mention " + expectedInReport
                + "\n" + report);
    }
}

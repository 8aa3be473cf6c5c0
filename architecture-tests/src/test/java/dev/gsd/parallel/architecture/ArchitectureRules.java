package dev.gsd.parallel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.gsd.parallel.domain.DomainEvent;

/**
 * The architecture as executable rules. What the Maven module graph already forbids (the domain cannot even see
 * the application) is checked again here, because a package moved into the wrong module would slip past Maven.
 * Each rule is a constant so a test can also run it against a violating fixture and prove it can fail.
 */
final class ArchitectureRules {

    static final String ROOT = "dev.gsd.parallel";
    static final String DOMAIN = "..domain..";
    static final String APPLICATION = "..application..";
    static final String ADAPTERS = "..adapters..";
    static final String BOOTSTRAP = "..bootstrap..";
    static final String SIM_AGENT = "dev.gsd.parallel.simagent..";
    static final String ENTRY_POINT = "dev.gsd.parallel.bootstrap.Main";

    private ArchitectureRules() {
    }

    // ---- the dependency rule: domain <- application <- adapters <- bootstrap

    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_THE_JDK = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is pure Java and knows nothing of use cases or technology");

    static final ArchRule APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS_OR_BOOTSTRAP = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS, BOOTSTRAP)
            .because("use cases talk to technology only through ports");

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_BOOTSTRAP = noClasses()
            .that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .because("only the entry point knows how everything is wired");

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching("dev.gsd.parallel.adapters.(*)..")
            .should().notDependOnEachOther()
            .because("each adapter implements ports of the application, and nothing else");

    static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("dev.gsd.parallel.(**)")
            .should().beFreeOfCycles();

    // ---- domain purity: no clock, no randomness, no I/O

    static final ArchRule DOMAIN_READS_NO_CLOCK_AND_DRAWS_NO_RANDOMNESS = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().callMethodWhere(DescribedPredicate.describe("a clock, a random source or the system time",
                    call -> isNondeterministic(call.getTarget().getOwner().getName(), call.getTarget().getName())))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
            .because("time and ids travel in commands, so decisions replay the same way every time");

    static final ArchRule DOMAIN_DOES_NO_IO = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..")
            .because("the domain decides; adapters do the I/O");

    // ---- each technology stays in its adapter

    static final ArchRule JDBC_H2_AND_FLYWAY_ONLY_IN_THE_EVENT_STORE_ADAPTER = confined(
            "..adapters.eventstore.h2..", "org.h2..", "org.flywaydb..", "java.sql..", "javax.sql..");

    static final ArchRule JGIT_ONLY_IN_THE_GIT_ADAPTER = confined("..adapters.git..", "org.eclipse.jgit..");

    static final ArchRule PICOCLI_ONLY_IN_THE_CLI_ADAPTER = confined("..adapters.cli..", "picocli..");

    static final ArchRule JACKSON_ONLY_IN_ADAPTERS = confined(ADAPTERS, "com.fasterxml.jackson..");

    // The simulated agent is a separate program in the same jar (ADR 0007): like a real agent it runs `git` and
    // kills itself, so it is the one exception; the orchestrator's core still starts no process.
    static final ArchRule PROCESSES_ONLY_IN_THE_PROCESS_ADAPTER = noClasses()
            .that().resideOutsideOfPackages("..adapters.process..", "..adapters.git..", SIM_AGENT)
            .should().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName(Process.class.getName())
            .because("starting and signalling processes is the process adapter's job (and the simulated agent's,"
                    + " which is an agent, not part of the orchestrator); the git adapter may run the git binary"
                    + " because git's command line is git technology behind the same ports (ADR 0005: git worktree"
                    + " add where JGit is slow)");

    // ---- output only through the entry point

    static final ArchRule NO_STANDARD_STREAMS_OUTSIDE_THE_ENTRY_POINT = noClasses()
            .that().doNotHaveFullyQualifiedName(ENTRY_POINT)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("output goes through the writers the entry point hands out, so every verb is testable");

    static final ArchRule NO_SYSTEM_EXIT_OUTSIDE_THE_ENTRY_POINT = noClasses()
            .that().doNotHaveFullyQualifiedName(ENTRY_POINT)
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .because("only main turns an exit code into the end of the process");

    // ---- events and commands are records under sealed roots

    static final ArchRule EVENT_ROOTS_AND_COMMAND_ROOTS_ARE_SEALED = classes()
            .that().resideInAPackage(DOMAIN).and().areInterfaces()
            .and(DescribedPredicate.describe("are named *Event or *Command",
                    c -> c.getSimpleName().endsWith("Event") || c.getSimpleName().endsWith("Command")))
            .and().doNotHaveFullyQualifiedName(DomainEvent.class.getName())
            .should(beSealed());

    static final ArchRule EVENTS_ARE_RECORDS_UNDER_A_SEALED_ROOT = classes()
            .that().areAssignableTo(DomainEvent.class).and().areNotInterfaces()
            .should(beRecordsImplementingASealedInterface());

    static final ArchRule COMMANDS_ARE_RECORDS_UNDER_A_SEALED_ROOT = classes()
            .that().resideInAPackage(DOMAIN).and().areNotInterfaces()
            .and(implementAnInterfaceNamed("Command"))
            .should(beRecordsImplementingASealedInterface());

    private static ArchRule confined(String home, String... libraries) {
        return noClasses()
                .that().resideOutsideOfPackage(home)
                .should().dependOnClassesThat().resideInAnyPackage(libraries)
                .because("a library is used only by the adapter that owns it (" + home + ")");
    }

    private static boolean isNondeterministic(String owner, String method) {
        return method.equals("now") && owner.startsWith("java.time.")
                || owner.equals("java.util.UUID") && method.equals("randomUUID")
                || owner.equals("java.lang.System") && (method.equals("currentTimeMillis") || method.equals("nanoTime"))
                || owner.equals("java.lang.Math") && method.equals("random");
    }

    private static DescribedPredicate<JavaClass> implementAnInterfaceNamed(String suffix) {
        return DescribedPredicate.describe("implement an interface named *" + suffix,
                c -> c.getAllRawInterfaces().stream().anyMatch(i -> i.getSimpleName().endsWith(suffix)));
    }

    private static ArchCondition<JavaClass> beSealed() {
        return new ArchCondition<>("be sealed") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (!item.isSealed()) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is not sealed"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beRecordsImplementingASealedInterface() {
        return new ArchCondition<>("be records implementing a sealed interface") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (!item.isRecord()) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is not a record"));
                }
                if (item.getRawInterfaces().stream().noneMatch(JavaClass::isSealed)) {
                    events.add(SimpleConditionEvent.violated(item,
                            item.getName() + " implements no sealed interface"));
                }
            }
        };
    }
}

package dev.gsd.parallel.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Every rule of {@link ArchitectureRules}, applied to the production classes of every module. */
@AnalyzeClasses(packages = ArchitectureRules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_depends_only_on_itself_and_the_jdk =
            ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_THE_JDK;
    @ArchTest
    static final ArchRule application_does_not_depend_on_adapters_or_bootstrap =
            ArchitectureRules.APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS_OR_BOOTSTRAP;
    @ArchTest
    static final ArchRule adapters_do_not_depend_on_bootstrap = ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_BOOTSTRAP;
    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other =
            ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;
    @ArchTest
    static final ArchRule no_package_cycles = ArchitectureRules.NO_PACKAGE_CYCLES;
    @ArchTest
    static final ArchRule domain_reads_no_clock_and_draws_no_randomness =
            ArchitectureRules.DOMAIN_READS_NO_CLOCK_AND_DRAWS_NO_RANDOMNESS;
    @ArchTest
    static final ArchRule domain_does_no_io = ArchitectureRules.DOMAIN_DOES_NO_IO;
    @ArchTest
    static final ArchRule jdbc_h2_and_flyway_only_in_the_event_store_adapter =
            ArchitectureRules.JDBC_H2_AND_FLYWAY_ONLY_IN_THE_EVENT_STORE_ADAPTER;
    @ArchTest
    static final ArchRule jgit_only_in_the_git_adapter = ArchitectureRules.JGIT_ONLY_IN_THE_GIT_ADAPTER;
    @ArchTest
    static final ArchRule picocli_only_in_the_cli_adapter = ArchitectureRules.PICOCLI_ONLY_IN_THE_CLI_ADAPTER;
    @ArchTest
    static final ArchRule jackson_only_in_adapters = ArchitectureRules.JACKSON_ONLY_IN_ADAPTERS;
    @ArchTest
    static final ArchRule processes_only_in_the_process_adapter =
            ArchitectureRules.PROCESSES_ONLY_IN_THE_PROCESS_ADAPTER;
    @ArchTest
    static final ArchRule no_standard_streams_outside_the_entry_point =
            ArchitectureRules.NO_STANDARD_STREAMS_OUTSIDE_THE_ENTRY_POINT;
    @ArchTest
    static final ArchRule no_system_exit_outside_the_entry_point =
            ArchitectureRules.NO_SYSTEM_EXIT_OUTSIDE_THE_ENTRY_POINT;
    @ArchTest
    static final ArchRule event_roots_and_command_roots_are_sealed =
            ArchitectureRules.EVENT_ROOTS_AND_COMMAND_ROOTS_ARE_SEALED;
    @ArchTest
    static final ArchRule events_are_records_under_a_sealed_root =
            ArchitectureRules.EVENTS_ARE_RECORDS_UNDER_A_SEALED_ROOT;
    @ArchTest
    static final ArchRule commands_are_records_under_a_sealed_root =
            ArchitectureRules.COMMANDS_ARE_RECORDS_UNDER_A_SEALED_ROOT;
}

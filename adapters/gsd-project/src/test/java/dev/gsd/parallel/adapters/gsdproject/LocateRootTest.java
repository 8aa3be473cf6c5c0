package dev.gsd.parallel.adapters.gsdproject;

import static dev.gsd.parallel.adapters.gsdproject.TestProject.assertMentions;
import static dev.gsd.parallel.adapters.gsdproject.TestProject.badInput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gsd.parallel.application.project.ProjectPlans;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocateRootTest {

    @TempDir
    Path temp;

    private Path root;
    private final ProjectPlans plans = GsdProjectFiles.projectPlans();

    @BeforeEach
    void setUp() throws Exception {
        root = new TestProject(temp.resolve("project")).mkdir("src/main/deep").mkdir(".gsd/milestones/M001")
                .mkdir(".gsd/worktrees/M001/.gsd/milestones").mkdir(".gsd/worktrees/M001/src/a").root()
                .toRealPath();
    }

    @Test
    void the_root_itself() {
        assertEquals(root, plans.locateRoot(root));
    }

    @Test
    void a_directory_nested_in_the_project() {
        assertEquals(root, plans.locateRoot(root.resolve("src/main/deep")));
        assertEquals(root, plans.locateRoot(root.resolve(".gsd/milestones/M001")));
    }

    @Test
    void a_relative_unnormalised_path() {
        Path relative = Path.of("").toAbsolutePath().relativize(root.resolve("src/main/deep/../deep"));

        assertEquals(root, plans.locateRoot(relative));
    }

    @Test
    void a_worktree_resolves_to_the_project_owning_it_not_to_its_own_gsd_copy() {
        assertEquals(root, plans.locateRoot(root.resolve(".gsd/worktrees/M001/src/a")));
        assertEquals(root, plans.locateRoot(root.resolve(".gsd/worktrees/M001")));
        assertEquals(root, plans.locateRoot(root.resolve(".gsd/worktrees/M001/.gsd/milestones")));
    }

    @Test
    void a_symlink_into_the_project_resolves_to_the_real_root() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("shortcut"), root.resolve("src"));

        assertEquals(root, plans.locateRoot(link));
    }

    @Test
    void no_project_above_is_bad_input_telling_what_to_do() throws Exception {
        Path lonely = Files.createDirectories(temp.resolve("lonely/dir"));

        assertMentions(badInput(() -> plans.locateRoot(lonely)), "no GSD project at or above " + lonely,
                "no .gsd directory found", "pass -C <dir>");
    }

    @Test
    void a_missing_directory_is_bad_input() {
        assertMentions(badInput(() -> plans.locateRoot(temp.resolve("nope"))), "no such directory");
    }

    @Test
    void a_file_is_not_a_directory() throws Exception {
        Path file = Files.writeString(root.resolve("src/readme.txt"), "x");

        assertMentions(badInput(() -> plans.locateRoot(file)), "not a directory");
    }

    @Test
    void gsd_home_is_never_a_project() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        Files.createDirectories(home.resolve(".gsd/projects"));
        Path inside = Files.createDirectories(home.resolve("code/untracked"));
        ProjectPlans withHome = new MarkdownProjectPlans(home.resolve(".gsd"));

        assertMentions(badInput(() -> withHome.locateRoot(inside)), "no .gsd directory found");
        assertEquals(root, withHome.locateRoot(root));
    }
}

package dev.gsd.parallel.adapters.gsdproject;

import dev.gsd.parallel.domain.plan.TaskPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tasks of an {@code S01-PLAN.md}: checkbox lines {@code - [ ] **T01: Title**} (or headings {@code ### T01: Title})
 * and, under each, a {@code - Files: a.txt, `src/b.txt`} line. Those files are what the overlap report compares, so
 * they are normalised the way users write them: with or without backticks, separated by commas.
 */
final class SlicePlanText {

    private static final Pattern CHECKBOX = Markdown.checkboxPrefix("T\\d+");

    private static final Pattern HEADING = Pattern.compile(" {0,3}#{2,4}\\s+(T\\d+)\\b");

    private static final Pattern FILES = Pattern.compile("(?i)\\s*[-*+]\\s+\\**files\\s*:");

    private SlicePlanText() {
    }

    static List<TaskPlan> tasks(String text) {
        Map<String, Task> tasks = new LinkedHashMap<>();
        Task current = null;
        for (String line : Markdown.lines(text)) {
            Optional<Markdown.Checkbox> checkbox = Markdown.checkbox(line, CHECKBOX);
            if (checkbox.isPresent()) {
                current = tasks.computeIfAbsent(checkbox.get().id(), id -> new Task(id, checkbox.get().title()));
                current.done |= checkbox.get().ticked();
                continue;
            }
            if (line.stripLeading().startsWith("#")) {
                Matcher heading = HEADING.matcher(line);
                current = heading.lookingAt() ? tasks.computeIfAbsent(heading.group(1),
                        id -> new Task(id, Markdown.titleAfterId(line.substring(heading.end()), id))) : null;
                continue;
            }
            Matcher files = FILES.matcher(line);
            if (current != null && files.lookingAt()) {
                current.files.addAll(files(line.substring(files.end()).replaceFirst("^\\*+", "")));
            }
        }
        List<TaskPlan> plans = new ArrayList<>();
        for (Task task : tasks.values()) {
            plans.add(new TaskPlan(task.id, task.title, task.done, List.copyOf(task.files)));
        }
        return plans;
    }

    /** The paths of a {@code Files:} list: comma separated, each with or without backticks. */
    static List<String> files(String list) {
        Set<String> files = new LinkedHashSet<>();
        for (String part : list.split(",")) {
            String path = part.strip();
            int open = path.indexOf('`');
            int close = open < 0 ? -1 : path.indexOf('`', open + 1);
            if (close > open) {
                path = path.substring(open + 1, close);
            }
            path = path.replace("`", "").strip();
            while (path.startsWith("./")) {
                path = path.substring(2);
            }
            if (!path.isEmpty()) {
                files.add(path);
            }
        }
        return List.copyOf(files);
    }

    private static final class Task {
        private final String id;
        private final String title;
        private final Set<String> files = new LinkedHashSet<>();
        private boolean done;

        private Task(String id, String title) {
            this.id = id;
            this.title = title;
        }
    }
}

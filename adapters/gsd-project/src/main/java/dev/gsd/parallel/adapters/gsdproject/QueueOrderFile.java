package dev.gsd.parallel.adapters.gsdproject;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@code .gsd/QUEUE-ORDER.json}: {@code {"order": ["M002", "M001"], "updatedAt": "…"}}, GSD's custom queue order. */
final class QueueOrderFile {

    private static final String EXAMPLE = "{\"order\": [\"M002\", \"M001\"]}";

    private QueueOrderFile() {
    }

    /** The preferred order; empty when there is no file. Listed ids with no milestone are skipped with a warning. */
    static List<MilestoneId> read(ProjectTree tree, Collection<MilestoneId> onDisk, List<String> warnings) {
        Path file = tree.gsd().resolve("QUEUE-ORDER.json");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String name = tree.name(file);
        Object order = Json.object(tree.read(file), name, EXAMPLE).get("order");
        if (!(order instanceof List)) {
            throw new BadInput(name + ": order must be a list of milestone ids such as " + EXAMPLE + ", got "
                    + (order == null ? "no order at all" : Documents.show(order)));
        }
        List<MilestoneId> ids = new ArrayList<>();
        for (Object item : (List<?>) order) {
            String text = Scalar.stringOf(item);
            Optional<MilestoneId> id = text == null ? Optional.empty() : MilestoneId.parse(text);
            if (id.isEmpty()) {
                throw new BadInput(name + ": order contains " + Documents.show(item) + ", which is not a milestone id"
                        + " (M and three digits, optionally -abc123: M001, M002-ab12cd)");
            }
            if (!onDisk.contains(id.get())) {
                warnings.add(name + ": " + id.get() + " is listed in order but there is no such milestone (skipped)");
            }
            ids.add(id.get());
        }
        return ids;
    }
}

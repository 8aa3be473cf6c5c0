package dev.gsd.parallel.adapters.gsdproject;

import dev.gsd.parallel.application.BadInput;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code depends_on} in the front matter of a CONTEXT (or CONTEXT-DRAFT): an inline list {@code [M001, M002]}, a
 * block list, {@code []}, a single id or comma-separated ids, or nothing. Every item must be exactly a milestone id:
 * GSD compares ids exactly, so {@code m001} would silently never be met; here it is an error the user can fix.
 */
final class DependsOn {

    static final String KEY = "depends_on";

    private static final String VALID = "milestone ids are M and three digits, optionally -abc123: M001, M002-ab12cd";

    private DependsOn() {
    }

    static List<MilestoneId> of(Map<String, Object> frontMatter, String name) {
        Object value = frontMatter.get(KEY);
        List<Object> items = new ArrayList<>();
        if (value == null) {
            return List.of();
        } else if (value instanceof Scalar) {
            Scalar scalar = (Scalar) value;
            if (scalar.isUnset()) {
                return List.of();
            }
            if (!scalar.isString()) {
                throw notAList(value, name);
            }
            for (String part : scalar.text().split(",")) {
                items.add(new Scalar(Scalar.Kind.STRING, part));
            }
        } else if (value instanceof List) {
            items.addAll((List<?>) value);
        } else {
            throw notAList(value, name);
        }
        Set<MilestoneId> ids = new LinkedHashSet<>();
        for (Object item : items) {
            if (item instanceof Scalar && ((Scalar) item).isUnset()) {
                continue;
            }
            String text = Scalar.stringOf(item);
            Optional<MilestoneId> id = text == null ? Optional.empty() : MilestoneId.parse(text.strip());
            if (id.isEmpty()) {
                throw new BadInput(name + ": " + KEY + " contains " + shown(item) + ", which is not a milestone id ("
                        + VALID + ")");
            }
            ids.add(id.get());
        }
        return List.copyOf(ids);
    }

    private static String shown(Object item) {
        String text = Scalar.stringOf(item);
        if (text != null) {
            return Documents.quote(text.strip());
        }
        return Documents.show(item);
    }

    private static BadInput notAList(Object value, String name) {
        return new BadInput(name + ": " + KEY + " must be a list of milestone ids such as [M001, M002], got "
                + Documents.show(value));
    }
}

package vn.motcua.catalog.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Compares two states of a record property by property, through their JSON form. */
public final class Changes {

    private Changes() {
    }

    /**
     * The properties whose JSON value differs between {@code before} and {@code after}, in the order of
     * {@code after}'s properties; {@code before} may be null (a creation lists every non-null property).
     */
    public static List<Change> between(ObjectMapper json, Object before, Object after) {
        JsonNode old = before == null ? json.createObjectNode() : json.valueToTree(before);
        JsonNode now = json.valueToTree(after);
        Set<String> names = new LinkedHashSet<>();
        now.fieldNames().forEachRemaining(names::add);
        old.fieldNames().forEachRemaining(names::add);
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            JsonNode a = normalized(old.get(name));
            JsonNode b = normalized(now.get(name));
            if (!a.equals(b)) {
                changes.add(new Change(name, a.isNull() ? null : a, b.isNull() ? null : b));
            }
        }
        return changes;
    }

    /** Absent, null and empty containers mean the same ("nothing"). */
    private static JsonNode normalized(JsonNode node) {
        if (node == null || node.isNull() || (node.isContainerNode() && node.isEmpty())) {
            return NullNode.getInstance();
        }
        return node;
    }
}

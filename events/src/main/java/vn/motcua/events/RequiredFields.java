package vn.motcua.events;

import java.util.ArrayList;
import java.util.List;

/** Collects the names of required payload fields that are absent. */
final class RequiredFields {

    private final List<String> missing = new ArrayList<>();

    RequiredFields require(String name, Object value) {
        if (value == null) {
            missing.add(name);
        }
        return this;
    }

    List<String> missing() {
        return List.copyOf(missing);
    }
}

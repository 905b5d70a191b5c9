package vn.motcua.catalog.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {

    private final ObjectMapper json = new ObjectMapper();

    record State(String name, List<String> levels, Map<String, Integer> days, String note) {
    }

    @Test
    void listsChangedPropertiesWithOldAndNewValues() {
        State before = new State("A", List.of("COMMUNE"), Map.of("ONLINE", 1), null);
        State after = new State("B", List.of("COMMUNE"), Map.of("ONLINE", 2), "new");
        List<Change> changes = Changes.between(json, before, after);
        assertThat(changes).extracting(Change::field).containsExactly("name", "days", "note");
        assertThat(changes.get(0).oldValue().asText()).isEqualTo("A");
        assertThat(changes.get(0).newValue().asText()).isEqualTo("B");
        assertThat(changes.get(1).newValue().get("ONLINE").asInt()).isEqualTo(2);
        assertThat(changes.get(2).oldValue()).isNull();
    }

    @Test
    void equalStatesHaveNoChangesAndEmptyMeansAbsent() {
        State a = new State("A", List.of(), Map.of(), null);
        State b = new State("A", null, null, null);
        assertThat(Changes.between(json, a, b)).isEmpty();
    }

    @Test
    void aCreationListsEveryValue() {
        assertThat(Changes.between(json, null, new State("A", List.of("X"), Map.of(), null)))
                .extracting(Change::field).containsExactly("name", "levels");
    }
}

package vn.motcua.dossier.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The walk up a unit's parents, over a catalog given as a map (a 404 for a code it lacks). */
class CatalogAncestorsTest {

    private static Catalog catalogOf(Map<String, String> parents) {
        CatalogApi api = new CatalogApi() {
            @Override
            public CatalogProcedure procedure(String code) {
                throw new NotFoundException();
            }

            @Override
            public CatalogUnit unit(String code) {
                if (!parents.containsKey(code)) {
                    throw new NotFoundException();
                }
                return new CatalogUnit(code, "UBND " + code, "COMMUNE", null, parents.get(code), null, null);
            }
        };
        return new Catalog(new CatalogLookup(api), new CatalogConfig() {
            @Override
            public Duration cacheTtl() {
                return Duration.ofMinutes(5);
            }

            @Override
            public Duration retryAfter() {
                return Duration.ofSeconds(1);
            }
        });
    }

    private static CatalogUnit unit(String code, String parent) {
        return new CatalogUnit(code, "UBND " + code, "COMMUNE", null, parent, null, null);
    }

    @Test
    void parentsNearestFirstUpToTheUnitWithoutParent() {
        Catalog catalog = catalogOf(Map.of("D", "P", "P", ""));
        assertThat(catalog.ancestors(unit("C", "D"))).containsExactly("D", "P");
        assertThat(catalog.ancestors(unit("P", null))).isEmpty();
    }

    @Test
    void aParentTheCatalogDoesNotKnowEndsTheChainAfterItsCode() {
        assertThat(catalogOf(Map.of()).ancestors(unit("C", "D"))).containsExactly("D");
    }

    @Test
    void aCycleOrAnEndlessChainIsCut() {
        assertThat(catalogOf(Map.of("D", "P", "P", "C")).ancestors(unit("C", "D"))).containsExactly("D", "P");
        Map<String, String> endless = new java.util.HashMap<>();
        for (int i = 0; i < 50; i++) {
            endless.put("U" + i, "U" + (i + 1));
        }
        assertThat(catalogOf(endless).ancestors(unit("U0", "U1"))).hasSize(Catalog.MAX_DEPTH)
                .startsWith("U1", "U2");
    }
}

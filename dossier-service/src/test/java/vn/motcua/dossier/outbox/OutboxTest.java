package vn.motcua.dossier.outbox;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.events.Topics;
import vn.motcua.testing.contract.OutboxContractTest;

/** Failed attempts and retention of dossier-service's outbox, with an intake as the event. */
@QuarkusTest
class OutboxTest extends OutboxContractTest {

    @Override
    protected UUID produceEvent() {
        String unit = CatalogStub.freshCommune();
        return UUID.fromString(Intakes.post(Intakes.officer(unit), Intakes.birth(unit)).then().statusCode(201)
                .extract().path("id"));
    }

    @Override
    protected String producedTopic() {
        return Topics.DOSSIER_RECEIVED;
    }
}

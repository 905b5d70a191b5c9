package vn.motcua.dossier.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.UnitLevel;

/** The dossier-received payload carries the file counts it is given and leaves out those not known. */
class DossierEventsTest {

    private static Dossier dossier() {
        Dossier d = new Dossier();
        d.id = UUID.randomUUID();
        d.receiptCode = "000.00.20.H26-260715-0002";
        d.procedureCode = "1.001193";
        d.procedureName = "Thủ tục đăng ký khai sinh";
        d.unitCode = "000.00.20.H26";
        d.unitName = "UBND xã Minh Khai";
        d.unitLevel = UnitLevel.COMMUNE;
        d.unitAncestorCodes = List.of("000.00.00.H26");
        d.channel = Channel.IN_PERSON;
        d.onlineLevel = OnlineLevel.FULL;
        d.receivedAt = OffsetDateTime.parse("2026-07-15T09:10:00+07:00");
        d.dueAt = OffsetDateTime.parse("2026-07-16T17:00:00+07:00");
        d.processingDays = 1;
        d.assignResolvingUnit(d.unitCode, d.unitName, d.unitLevel, d.unitAncestorCodes);
        return d;
    }

    @Test
    void theResolvingUnitTravelsOnlyWhenAnotherUnitResolves() {
        Dossier local = dossier();
        assertThat(DossierEvents.received(local, "h7Jk2LmN9pQr4StU6vWx").resolvingUnit()).isNull();
        Dossier interLinked = dossier();
        interLinked.assignResolvingUnit("000.03.00.H26", "Sở Nông nghiệp và Môi trường", UnitLevel.AGENCY,
                List.of("000.00.00.H26"));
        DossierReceivedV1 event = DossierEvents.received(interLinked, "h7Jk2LmN9pQr4StU6vWx");
        assertThat(event.unitCode()).isEqualTo("000.00.20.H26");
        assertThat(event.resolvingUnit().code()).isEqualTo("000.03.00.H26");
        assertThat(event.resolvingUnit().ancestorCodes()).containsExactly("000.00.00.H26");
    }

    @Test
    void theFilesCountedAtIntakeTravelWithTheDossier() {
        DossierReceivedV1 event = DossierEvents.received(dossier(), "h7Jk2LmN9pQr4StU6vWx",
                new DossierEvents.Files(3, 2, 1, null));
        assertThat(event.fileCount()).isEqualTo(3);
        assertThat(event.digitisedComponentCount()).isEqualTo(2);
        assertThat(event.reusedComponentCount()).isEqualTo(1);
        assertThat(event.missingRequiredFields()).isEmpty();
    }

    @Test
    void countsNotKnownStayAbsent() {
        DossierReceivedV1 event = DossierEvents.received(dossier(), "h7Jk2LmN9pQr4StU6vWx");
        assertThat(event.fileCount()).isNull();
        assertThat(event.digitisedComponentCount()).isNull();
        assertThat(event.reusedComponentCount()).isNull();
        assertThat(event.processingWorkingDays()).isEqualTo(1);
    }
}

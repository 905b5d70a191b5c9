package vn.motcua.dossier.forms;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.HistoryEntry;
import vn.motcua.dossier.core.Viewer;

/**
 * Prints forms 02 to 06 of Circular 03/2025/TT-VPCP for a dossier the viewer works on (the same reach as
 * the receipt slip). Each QR code opens public tracking; with the lookup secret the desk sends (checked against
 * its hash), the link carries it as the receipt slip's does.
 */
@ApplicationScoped
public class DossierForms {

    private final FormAccess access;
    private final TrackingLinks links;

    public DossierForms(FormAccess access, TrackingLinks links) {
        this.access = access;
        this.links = links;
    }

    public Printed supplementRequest(UUID id, Viewer viewer, String secret) {
        Dossier dossier = access.visible(id, viewer);
        return notice(dossier, Notices.supplementRequest(dossier, history(dossier), viewer, link(dossier, secret)),
                "yeu-cau-bo-sung");
    }

    public Printed refusal(UUID id, Viewer viewer, String secret) {
        Dossier dossier = access.visible(id, viewer);
        return notice(dossier, Notices.refusal(dossier, history(dossier), link(dossier, secret)), "tu-choi");
    }

    public Printed apology(UUID id, Viewer viewer, String secret) {
        Dossier dossier = access.visible(id, viewer);
        return notice(dossier, Notices.apology(dossier, history(dossier), viewer, link(dossier, secret)), "xin-loi");
    }

    public Printed stopNotice(UUID id, Viewer viewer, String secret) {
        Dossier dossier = access.visible(id, viewer);
        return notice(dossier, Notices.stopNotice(dossier, history(dossier), link(dossier, secret)), "dung-giai-quyet");
    }

    public Printed control(UUID id, Viewer viewer, String secret) {
        Dossier dossier = access.visible(id, viewer);
        ControlSlip slip = ControlSlip.of(dossier, history(dossier), viewer, link(dossier, secret),
                OffsetDateTime.now());
        return Printed.pdf(dossier.receiptCode + "-kiem-soat", slip.render());
    }

    private static Printed notice(Dossier dossier, Notice notice, String suffix) {
        return Printed.pdf(dossier.receiptCode + "-" + suffix, notice.render());
    }

    private Notices.Link link(Dossier dossier, String secret) {
        String checked = FormAccess.checked(dossier, secret);
        return new Notices.Link(links.tracking(dossier.receiptCode, checked), checked);
    }

    private static List<HistoryEntry> history(Dossier dossier) {
        return HistoryEntry.list("dossierId = ?1 order by id", dossier.id);
    }
}

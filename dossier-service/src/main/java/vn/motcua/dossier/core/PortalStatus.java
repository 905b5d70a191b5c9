package vn.motcua.dossier.core;

/**
 * The national public service portal's status code (Cổng Dịch vụ công quốc gia, field {@code TrangThaiHoSo} of
 * its dossier sync) of a dossier, so that a sync adapter is a mapping. The list, the same in many local systems
 * (read second-hand, the portal publishes no specification): 1 newly registered, 2 received, 3 refused, 4 in
 * progress, 5 supplement requested, 6 financial obligation requested, 7 withdrawal requested by the applicant,
 * 8 processing stopped, 9 resolved, 10 result returned.
 *
 * <p>Our model has no state for 1 (an online dossier exists here only once intake received it) nor for 6 (fees are
 * not tracked), so neither occurs. A withdrawal is recorded in one step when the officer accepts the applicant's
 * request: WITHDRAWN is 7, the one code that says the applicant ended it (8 is the agency's stop).
 */
public final class PortalStatus {

    public static final int RECEIVED = 2;
    public static final int REFUSED = 3;
    public static final int IN_PROGRESS = 4;
    public static final int SUPPLEMENT_REQUESTED = 5;
    public static final int WITHDRAWAL_REQUESTED = 7;
    public static final int STOPPED = 8;
    public static final int RESOLVED = 9;
    public static final int RETURNED = 10;

    /** The mapping as the OpenAPI document states it. */
    public static final String DESCRIPTION = "The national public service portal's status code (TrangThaiHoSo): "
            + "2 RECEIVED, 3 REFUSED, 4 IN_PROGRESS, 5 SUPPLEMENT_REQUESTED, 7 WITHDRAWN (the applicant's "
            + "withdrawal), 8 STOPPED, 9 RESOLVED, 10 RETURNED; 1 (newly registered) and 6 (financial obligation "
            + "requested) have no state here and do not occur";

    private PortalStatus() {
    }

    public static int of(DossierStatus status) {
        return switch (status) {
            case RECEIVED -> RECEIVED;
            case REFUSED -> REFUSED;
            case IN_PROGRESS -> IN_PROGRESS;
            case SUPPLEMENT_REQUESTED -> SUPPLEMENT_REQUESTED;
            case WITHDRAWN -> WITHDRAWAL_REQUESTED;
            case STOPPED -> STOPPED;
            case RESOLVED -> RESOLVED;
            case RETURNED -> RETURNED;
        };
    }
}

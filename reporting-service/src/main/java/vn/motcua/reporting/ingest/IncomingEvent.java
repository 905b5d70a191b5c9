package vn.motcua.reporting.ingest;

import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.SurveyResponseSubmittedV1;

/**
 * One valid event of the three topics, as the projection consumes it, whether it came from the live
 * consumers or from a replay.
 *
 * @param id the CloudEvents id: the key of idempotency
 * @param topic where it was read from
 * @param payload a {@link DossierReceivedV1}, {@link DossierResolvedV1} or {@link SurveyResponseSubmittedV1}
 */
public record IncomingEvent(String id, String topic, Object payload) {
}

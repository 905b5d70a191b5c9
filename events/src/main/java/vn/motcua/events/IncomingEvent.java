package vn.motcua.events;

/**
 * One consumed record that keeps the contract, as {@link EventReader} read it.
 *
 * @param id the CloudEvents id: the key of idempotency
 * @param topic where it was read from
 * @param payload the topic's contract record: a {@link DossierReceivedV1}, {@link DossierResolvedV1}, {@link DossierTransferredV1} or
 *        {@link SurveyResponseSubmittedV1}
 */
public record IncomingEvent(String id, String topic, Object payload) {
}

package org.frontdoor.cases;

import java.util.Map;
import java.util.UUID;

/**
 * An application to submit.
 *
 * @param answers        typed answers by question id, as the API receives them
 * @param idempotencyKey the client's key for this submission, or null; a retry with the same key returns the first case
 * @param draftId        the draft sent, or null when the application came whole through the API
 */
public record NewApplication(String serviceId, UUID applicantId, Map<String, ?> answers, String idempotencyKey, UUID draftId) {

    public NewApplication(String serviceId, UUID applicantId, Map<String, ?> answers, String idempotencyKey) {
        this(serviceId, applicantId, answers, idempotencyKey, null);
    }
}

package org.frontdoor.cases;

import java.util.Map;
import java.util.UUID;

/**
 * An application to submit.
 *
 * @param answers        typed answers by question id, as the API receives them
 * @param idempotencyKey the client's key for this submission, or null; a retry with the same key returns the first case
 */
public record NewApplication(String serviceId, UUID applicantId, Map<String, ?> answers, String idempotencyKey) {
}

package org.frontdoor.cases;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An application in progress: the answers saved so far, page by page. */
public record Draft(UUID id, String serviceId, String serviceName, Map<String, Object> answers, Instant updatedAt,
                    UUID submittedCaseId) {

    public boolean submitted() {
        return submittedCaseId != null;
    }
}

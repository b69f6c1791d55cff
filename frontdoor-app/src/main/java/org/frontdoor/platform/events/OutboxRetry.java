package org.frontdoor.platform.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events whose listener failed (a database connection not to be had in a surge,
 * a register down, a node stopped mid-way and found stale), so the outbox keeps its promise that
 * what a transaction published is handled at least once, without waiting for a restart. Listeners
 * are written to be rerun safely. Every node runs this; the registry claims each publication for
 * one resubmission at a time.
 */
@Component
class OutboxRetry {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

    private final FailedEventPublications failed;
    private final ResubmissionOptions options;

    OutboxRetry(FailedEventPublications failed, @Value("${frontdoor.events.retry-after:30s}") Duration retryAfter,
                @Value("${frontdoor.events.retry-in-flight:8}") int inFlight) {
        this.failed = failed;
        // A few at a time: a retry must not become the surge that made the first attempt fail.
        this.options = ResubmissionOptions.defaults().withMinAge(retryAfter).withMaxInFlight(inFlight).withBatchSize(100);
    }

    @Scheduled(fixedDelayString = "${frontdoor.events.retry-after:30s}", initialDelayString = "${frontdoor.events.retry-after:30s}")
    void resubmitFailed() {
        try {
            failed.resubmit(options);
        } catch (RuntimeException e) {
            // The database may be briefly away; the next round tries again.
            log.warn("Could not resubmit failed event publications: {}", e.getMessage());
        }
    }
}

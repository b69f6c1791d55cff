package org.frontdoor.diligence.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cases checked while the sanctions lists were still loading were referred; once the lists are in
 * memory they are screened again, so no case stays amber only because it came early.
 */
@Component
class Rescreening {

    private static final Logger log = LoggerFactory.getLogger(Rescreening.class);

    private final DiligenceRunner runner;

    Rescreening(DiligenceRunner runner) {
        this.runner = runner;
    }

    @EventListener
    void on(SanctionsCheck.ListsLoaded loaded) {
        int done = runner.rerun("sanctions", SanctionsCheck.NOT_LOADED);
        if (done > 0) {
            log.info("Screened {} cases again now that the sanctions lists are loaded", done);
        }
    }
}

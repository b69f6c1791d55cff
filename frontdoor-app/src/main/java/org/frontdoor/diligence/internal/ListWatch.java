package org.frontdoor.diligence.internal;

import java.time.Instant;
import java.util.Optional;
import org.frontdoor.diligence.internal.SanctionsLists.ListUpdate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Loads the sanctions lists in the background once the application is up, then looks for changed
 * list files every {@code frontdoor.diligence.sanctions.watch}: a new version is loaded and the
 * cases already checked are screened against what changed.
 */
@Component
class ListWatch {

    private final SanctionsLists lists;
    private final ListUpdateScreening screening;
    private final ApplicationEventPublisher events;
    private final TaskScheduler scheduler;
    private final DiligenceSettings.Sanctions settings;

    ListWatch(SanctionsLists lists, ListUpdateScreening screening, ApplicationEventPublisher events, TaskScheduler scheduler,
              DiligenceSettings settings) {
        this.lists = lists;
        this.screening = screening;
        this.events = events;
        this.scheduler = scheduler;
        this.settings = settings.sanctions();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread.ofPlatform().name("sanctions-lists").daemon(true).priority(Thread.MIN_PRIORITY).start(() -> {
            var first = lookNow();
            // The node that screened this version has already rerun every case not passed, those
            // referred while the lists were loading among them; any other node reruns its own.
            boolean screenedHere = first.map(ListUpdateScreening.Screened::claimed).orElse(false);
            if (lists.current().screening() != null && !screenedHere) {
                events.publishEvent(new SanctionsCheck.ListsLoaded(lists.current().screening().entryCount()));
            }
            if (!settings.watch().isZero() && !settings.watch().isNegative()) {
                scheduler.scheduleWithFixedDelay(this::lookNow, Instant.now().plus(settings.watch()), settings.watch());
            }
        });
    }

    /**
     * Loads the lists if their files changed and screens checked cases against the changes; what
     * changed, or empty when nothing did.
     */
    synchronized Optional<ListUpdateScreening.Screened> lookNow() {
        Optional<ListUpdate> update = lists.loadIfChanged();
        return update.map(screening::screen);
    }
}

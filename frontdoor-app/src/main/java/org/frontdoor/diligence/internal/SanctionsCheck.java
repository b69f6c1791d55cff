package org.frontdoor.diligence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Evidence;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.DiligenceCheck;
import org.frontdoor.screening.Screening;
import org.frontdoor.screening.ScreeningHit;
import org.frontdoor.screening.ScreeningQuery;
import org.frontdoor.screening.ScreeningSettings;
import org.frontdoor.screening.lists.ListFiles;
import org.frontdoor.screening.lists.SanctionsList;
import org.frontdoor.screening.names.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Screens the applicant's name (and an organisation's, when the service asks for one) against the
 * sanctions lists with the screening engine. A hit at or above the engine's threshold fails; a hit
 * within the refer margin below it is referred to a person.
 *
 * <p>The lists are loaded once, in the background after start-up (all shipped lists take seconds
 * and the app must not wait); until then the check refers with "lists not loaded yet" rather than
 * blocking. Answer roles: {@code applicant-name}, {@code organisation-name}, optional
 * {@code birth-date} and {@code nationality}.
 */
@Component
class SanctionsCheck implements DiligenceCheck {

    private static final Logger log = LoggerFactory.getLogger(SanctionsCheck.class);
    private static final List<String> DEFAULT_FOLDERS = List.of("../shared/data/screening", "../../shared/data/screening");

    /** The summary of a result given before the lists had loaded; such results are rerun once they have. */
    static final String NOT_LOADED = "Sanctions lists not loaded yet";

    private final DiligenceSettings.Sanctions settings;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final double failAt = ScreeningSettings.defaults().threshold();
    private final AtomicReference<Loaded> loaded = new AtomicReference<>(Loaded.notYet());

    SanctionsCheck(DiligenceSettings settings, org.springframework.context.ApplicationEventPublisher events) {
        this.settings = settings.sanctions();
        this.events = events;
    }

    @Override
    public String name() {
        return "sanctions";
    }

    /** Starts loading the lists in the background once the application is up. */
    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        Thread.ofPlatform().name("sanctions-lists").daemon(true).priority(Thread.MIN_PRIORITY).start(this::load);
    }

    /** Loads the configured lists now; visible to checks as soon as it returns. */
    void load() {
        List<Path> paths = paths();
        if (paths.isEmpty()) {
            log.warn("No sanctions lists found (set frontdoor.diligence.sanctions.lists): sanctions checks will refer");
            loaded.set(new Loaded(null, "No sanctions lists are configured", "none"));
            return;
        }
        try {
            long start = System.nanoTime();
            List<SanctionsList> lists = ListFiles.load(paths);
            Screening screening = Screening.of(lists, ScreeningSettings.defaults().withThreshold(failAt - settings.referMargin()));
            var sources = new ArrayList<String>();
            for (SanctionsList list : lists) {
                sources.add(list.name() + " (" + Path.of(list.source()).getFileName() + ", " + list.entries().size() + " entries)");
            }
            loaded.set(new Loaded(screening, null, String.join("; ", sources)));
            log.info("Sanctions lists loaded: {} entries from {} files in {} ms", screening.entryCount(), lists.size(),
                    (System.nanoTime() - start) / 1_000_000);
            if (events != null) {
                events.publishEvent(new ListsLoaded(screening.entryCount()));
            }
        } catch (RuntimeException e) {
            log.error("Sanctions lists could not be loaded from {}", paths, e);
            loaded.set(new Loaded(null, "The sanctions lists could not be loaded: " + e.getMessage(), paths.toString()));
        }
    }

    private List<Path> paths() {
        if (!settings.lists().isEmpty()) {
            return settings.lists().stream().map(Path::of).toList();
        }
        return DEFAULT_FOLDERS.stream().map(Path::of).filter(Files::isDirectory).limit(1).toList();
    }

    @Override
    public CheckResult check(CheckSubject subject) {
        Loaded lists = loaded.get();
        if (lists.screening() == null) {
            return new CheckResult(name(), Outcome.REFER, lists.problem(), List.of(), "sanctions lists: " + lists.sources(), Instant.now());
        }
        var queries = new ArrayList<ScreeningQuery>();
        String person = subject.field("applicant-name");
        if (person != null) {
            queries.add(new ScreeningQuery(person, Schema.PERSON, subject.field("birth-date"), subject.field("nationality")));
        }
        String organisation = subject.field("organisation-name");
        if (organisation != null) {
            queries.add(new ScreeningQuery(organisation, Schema.ORGANIZATION, null, null));
        }
        if (queries.isEmpty()) {
            return new CheckResult(name(), Outcome.REFER, "No name to screen: the application has no answer to "
                    + describe(subject), List.of(), "sanctions lists: " + lists.sources(), Instant.now());
        }
        var evidence = new ArrayList<Evidence>();
        Outcome outcome = Outcome.PASS;
        int hits = 0;
        for (ScreeningQuery query : queries) {
            evidence.add(new Evidence("Screened name", query.name() + " (" + query.schema().name().toLowerCase(Locale.ROOT) + ")"));
            for (ScreeningHit hit : lists.screening().screen(query)) {
                hits++;
                boolean fail = hit.score() >= failAt;
                if (fail) {
                    outcome = Outcome.FAIL;
                } else if (outcome == Outcome.PASS) {
                    outcome = Outcome.REFER;
                }
                evidence.add(new Evidence(fail ? "Hit" : "Near hit", "%s entry %s: %s, score %.3f".formatted(
                        hit.entry().list(), hit.entry().id(), hit.matchedName(), hit.score())));
                if (!hit.entry().programmes().isEmpty()) {
                    evidence.add(new Evidence("Programmes", String.join(", ", hit.entry().programmes())));
                }
                evidence.add(new Evidence("Why it matched", hit.explanation().explain()));
            }
        }
        String summary = switch (outcome) {
            case FAIL -> "A listed name matches at or above the threshold of %.2f".formatted(failAt);
            case REFER -> "A listed name is close to the threshold of %.2f: a person must compare".formatted(failAt);
            case PASS -> "No listed name matches";
        };
        evidence.add(new Evidence("Threshold", "fail at %.2f, refer from %.2f; %d hit(s)".formatted(failAt,
                failAt - settings.referMargin(), hits)));
        return new CheckResult(name(), outcome, summary, evidence, "sanctions lists: " + lists.sources(), Instant.now());
    }

    private static String describe(CheckSubject subject) {
        String person = subject.questionFor("applicant-name");
        String organisation = subject.questionFor("organisation-name");
        if (person == null && organisation == null) {
            return "a name question (none is configured for service " + subject.serviceId() + ")";
        }
        return "question " + (person != null ? person : organisation);
    }

    /** Published (within this node) once the lists are loaded. */
    record ListsLoaded(int entries) {
    }

    /** The lists as loaded, or why there are none. */
    private record Loaded(Screening screening, String problem, String sources) {
        static Loaded notYet() {
            return new Loaded(null, NOT_LOADED + ": the check runs again once they are", "loading");
        }
    }
}

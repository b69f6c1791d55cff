package org.frontdoor.diligence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Evidence;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.DiligenceCheck;
import org.frontdoor.screening.ScreeningHit;
import org.frontdoor.screening.ScreeningQuery;
import org.frontdoor.screening.names.Schema;
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
/**
 * Screens the applicant against the sanctions lists with the screening engine: a person's name
 * (with date of birth and nationality when asked), the organisation's name and the name on the
 * bank account the money would go to. A hit at or above the engine's threshold fails; a hit within
 * the refer margin below it is referred to a person.
 *
 * <p>The lists are loaded in the background after start-up (all shipped lists take seconds and the
 * app must not wait); until then the check refers with "lists not loaded yet" rather than
 * blocking. Answer roles: {@code applicant-name}, {@code organisation-name}, {@code account-name},
 * optional {@code birth-date} and {@code nationality}; a grant applicant's organisation name comes
 * with the application.
 */
@Component
class SanctionsCheck implements DiligenceCheck {

    /** The summary of a result given before the lists had loaded; such results are rerun once they have. */
    static final String NOT_LOADED = SanctionsLists.NOT_LOADED;

    private final SanctionsLists lists;
    private final DiligenceSettings.Sanctions settings;

    SanctionsCheck(DiligenceSettings settings, SanctionsLists lists) {
        this.settings = settings.sanctions();
        this.lists = lists;
    }

    @Override
    public String name() {
        return "sanctions";
    }

    /** The names this subject is screened under, each once. */
    static List<ScreeningQuery> queries(CheckSubject subject) {
        var queries = new ArrayList<ScreeningQuery>();
        var seen = new java.util.HashSet<String>();
        String person = subject.field("applicant-name");
        if (person != null && seen.add(person.toLowerCase(Locale.ROOT))) {
            queries.add(new ScreeningQuery(person, Schema.PERSON, subject.field("birth-date"), subject.field("nationality")));
        }
        String organisation = subject.organisationName();
        if (organisation != null && seen.add(organisation.toLowerCase(Locale.ROOT))) {
            queries.add(new ScreeningQuery(organisation, Schema.ORGANIZATION, null, null));
        }
        String account = subject.field("account-name");
        if (account != null && seen.add(account.toLowerCase(Locale.ROOT))) {
            // An individual's account is in their name. An organisation's account may be in anyone's
            // name, a person's as easily as a company's (the classic diversion), so it is screened
            // as a name of either kind.
            boolean individual = subject.grant() != null ? subject.grant().orgId() == null : organisation == null;
            queries.add(new ScreeningQuery(account, individual ? Schema.PERSON : Schema.ANY, null, null));
        }
        return queries;
    }

    @Override
    public CheckResult check(CheckSubject subject) {
        var lists = this.lists.current();
        if (lists.screening() == null) {
            return new CheckResult(name(), Outcome.REFER, lists.problem(), List.of(), "sanctions lists: " + lists.sources(), Instant.now());
        }
        double failAt = this.lists.failAt();
        var queries = queries(subject);
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
        if (organisation == null) {
            organisation = subject.questionFor("account-name");
        }
        if (person == null && organisation == null) {
            return "a name question (none is configured for service " + subject.serviceId() + ")";
        }
        return "question " + (person != null ? person : organisation);
    }

    /** Published (within this node) once the lists are loaded. */
    record ListsLoaded(int entries) {
    }
}

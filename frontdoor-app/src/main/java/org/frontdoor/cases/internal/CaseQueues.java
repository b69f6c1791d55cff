package org.frontdoor.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.WorklistPage;
import org.frontdoor.cases.WorklistQuery;
import org.frontdoor.cases.WorklistRow;
import org.frontdoor.cases.Worklists;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.identity.StaffDirectory;
import org.frontdoor.platform.FieldChecks;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.ServiceDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CaseQueues implements Worklists {

    static final int PAGE = 100;
    private static final int DUE_SOON_WORKING_DAYS = 2;
    private static final int MAX_SEARCH_WORDS = 8;

    private final Cases cases;
    private final CaseFinder finder;
    private final CaseReads reads;
    private final ServiceCatalogue catalogue;
    private final AccountDetails accounts;
    private final StaffDirectory staffDirectory;
    private final StoredAnswers storedAnswers;
    private final AuditLog audit;

    CaseQueues(Cases cases, CaseFinder finder, CaseReads reads, ServiceCatalogue catalogue, AccountDetails accounts,
               StaffDirectory staffDirectory, StoredAnswers storedAnswers, AuditLog audit) {
        this.cases = cases;
        this.finder = finder;
        this.reads = reads;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.staffDirectory = staffDirectory;
        this.storedAnswers = storedAnswers;
        this.audit = audit;
    }

    @Override
    @Transactional
    public WorklistPage worklist(SignedInAccount staff, WorklistQuery query) {
        var teams = teamsToRead(staff, query.team());
        if (teams != null && teams.isEmpty()) {
            return new WorklistPage(List.of(), null);
        }
        var checks = new FieldChecks();
        var service = query.serviceId() == null ? null : catalogue.latest(query.serviceId()).orElse(null);
        if (query.serviceId() != null && service == null) {
            checks.reject("service", "There is no service '" + query.serviceId() + "'");
        }
        if (query.submittedFrom() != null && query.submittedTo() != null && query.submittedTo().isBefore(query.submittedFrom())) {
            checks.reject("submittedTo", "The end of the period must be the same as or after its start");
        }
        var answers = answerFilter(service, query, checks);
        checks.throwIfAny();
        var today = LocalDate.now(ApplicationIntake.LONDON);
        var view = query.view();
        var filter = new CaseFinder.Filter(teams,
                view == View.MINE ? staff.id() : query.assigneeId(),
                view == View.UNASSIGNED,
                switch (view) {
                    case DUE_SOON -> dueSoonCutoff(service, today);
                    case BREACHING -> today.minusDays(1);
                    default -> null;
                },
                query.serviceId(), query.state(),
                query.submittedFrom() == null ? null : query.submittedFrom().atStartOfDay(ApplicationIntake.LONDON).toInstant(),
                query.submittedTo() == null ? null : query.submittedTo().plusDays(1).atStartOfDay(ApplicationIntake.LONDON).toInstant(),
                answers, textQuery(query.text()), query.includeClosed() && view == View.TEAM, query.sort(),
                query.after() == null ? null : QueueCursor.decode(query.after()),
                query.limit() + 1);
        var found = finder.find(filter);
        var more = found.size() > query.limit();
        var page = more ? found.subList(0, query.limit()) : found;
        var rows = rows(page);
        audit.record(new AuditEvent("SEARCHED", "CASE", null, "Casework: worklist", Map.of("view", view.name(),
                "filters", describe(query), "results", rows.size())));
        return new WorklistPage(rows, more ? QueueCursor.of(page.getLast()).encode() : null);
    }

    /**
     * Due soon means within two working days of the service's own calendar. Across services whose
     * calendars differ (a bank holiday in Scotland but not in England), the latest of their
     * cut-offs is used, so no case that is due soon is left out; around such a holiday a case may
     * show a day early.
     */
    private LocalDate dueSoonCutoff(ServiceDefinition service, LocalDate today) {
        var services = service == null ? catalogue.services() : List.of(service);
        return services.stream().map(ServiceDefinition::calendar).distinct()
                .map(name -> catalogue.calendar(name).addWorkingDays(today, DUE_SOON_WORKING_DAYS))
                .max(LocalDate::compareTo)
                .orElseGet(() -> catalogue.calendar("england-and-wales").addWorkingDays(today, DUE_SOON_WORKING_DAYS));
    }

    /** The lowercase team names to read: the person's (or the one asked for among them); null for all. */
    private List<String> teamsToRead(SignedInAccount staff, String wanted) {
        if (staff.hasRole(Role.ADMIN)) {
            return wanted == null ? null : List.of(wanted.toLowerCase(Locale.ROOT));
        }
        var own = reads.teamNames(staff).stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        return wanted == null ? own : own.stream().filter(wanted.toLowerCase(Locale.ROOT)::equals).toList();
    }

    /** The JSON the answers must contain for "this question's answer is, or includes, this value". */
    private String answerFilter(ServiceDefinition service, WorklistQuery query, FieldChecks checks) {
        var field = query.answerField();
        if (field == null) {
            return null;
        }
        if (service == null) {
            checks.reject("answerField", "Choose a service to filter by its answers");
            return null;
        }
        var question = service.form().question(field);
        if (question.isEmpty()) {
            checks.reject("answerField", "The service has no question '" + field + "'");
            return null;
        }
        var value = query.answerValue();
        if (value == null) {
            checks.reject("answerValue", "Enter the answer to look for");
            return null;
        }
        Object typed = switch (question.get().type()) {
            case MULTIPLE_CHOICE -> List.of(value);
            case YES_NO -> value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true");
            case NUMBER, MONEY -> number(value, checks);
            default -> value;
        };
        return typed == null ? null : storedAnswers.write(Map.of(field, typed));
    }

    private static BigDecimal number(String value, FieldChecks checks) {
        try {
            return new BigDecimal(value.replace(",", "").replace("£", ""));
        } catch (NumberFormatException notNumber) {
            checks.reject("answerValue", "Enter a number, like 250");
            return null;
        }
    }

    /**
     * Every word typed must match the start of a word in the case's search terms. Words are
     * quoted, so nothing typed is read as query syntax.
     */
    static String textQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var words = new ArrayList<String>();
        for (var word : text.strip().split("\\s+")) {
            var clean = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@.+\\-']", "").replace("'", "''");
            if (!clean.isEmpty() && words.size() < MAX_SEARCH_WORDS) {
                words.add("'" + clean + "':*");
            }
        }
        return words.isEmpty() ? null : String.join(" & ", words);
    }

    private static String describe(WorklistQuery q) {
        var parts = new LinkedHashMap<String, Object>();
        parts.put("service", q.serviceId());
        parts.put("state", q.state());
        parts.put("team", q.team());
        parts.put("assignee", q.assigneeId());
        parts.put("from", q.submittedFrom());
        parts.put("to", q.submittedTo());
        parts.put("answer", q.answerField());
        parts.put("text", q.text() == null || q.text().isBlank() ? null : "given");
        parts.put("sort", q.sort());
        parts.values().removeIf(v -> v == null || v.toString().isBlank());
        return parts.toString();
    }

    @Override
    @Transactional
    public List<WorklistRow> find(SignedInAccount staff, String text) {
        var query = text == null ? "" : text.strip();
        if (query.isEmpty() || query.length() > 254) {
            return List.of();
        }
        var byReference = cases.byReference(query).stream().toList();
        var found = new ArrayList<>(byReference);
        if (found.isEmpty() && query.contains("@")) {
            accounts.idByEmail(query).ifPresent(id -> found.addAll(cases.ofApplicant(id, PAGE)));
        }
        var mayRead = reads.visibleTo(staff);
        if (found.isEmpty()) {
            var teams = teamsToRead(staff, null);
            if (teams == null || !teams.isEmpty()) {
                found.addAll(finder.find(new CaseFinder.Filter(teams, null, false, null, null, null, null, null, null,
                        textQuery(query), true, WorklistQuery.Sort.NEWEST, null, PAGE)));
            }
        }
        var visible = rows(found.stream().filter(mayRead).distinct().toList());
        audit.record(new AuditEvent("SEARCHED", "CASE", null, "Casework: finding a case",
                Map.of("by", !byReference.isEmpty() ? "reference" : query.contains("@") ? "email" : "text",
                        "results", visible.size())));
        return visible;
    }

    @Override
    @Transactional
    public List<WorklistRow> otherCasesOfApplicant(SignedInAccount staff, UUID caseId) {
        var mayRead = reads.visibleTo(staff);
        var current = cases.byId(caseId).filter(mayRead);
        if (current.isEmpty()) {
            return List.of();
        }
        var others = rows(cases.ofApplicant(current.get().applicantId(), PAGE).stream()
                .filter(c -> !c.id().equals(caseId)).filter(mayRead).toList());
        if (!others.isEmpty()) {
            audit.record(new AuditEvent("SEARCHED", "CASE", null, "Casework on case " + current.get().reference()
                    + ": the applicant's other cases", Map.of("results", others.size())));
        }
        return others;
    }

    private List<WorklistRow> rows(List<Cases.StoredCase> found) {
        var names = staffDirectory.names(found.stream().map(Cases.StoredCase::assigneeId).filter(Objects::nonNull).toList());
        var today = LocalDate.now(ApplicationIntake.LONDON);
        return found.stream().map(c -> {
            var service = catalogue.version(c.serviceId(), c.serviceVersion());
            var label = service.flatMap(s -> s.lifecycle().state(c.state())).map(ServiceDefinition.State::label).orElse(c.state());
            return new WorklistRow(c.id(), c.reference(), service.map(ServiceDefinition::name).orElse(c.serviceId()), c.state(),
                    label, c.team(), c.dueOn(), c.submittedAt(), c.dueOn() != null && c.dueOn().isBefore(today),
                    c.assigneeId(), c.assigneeId() == null ? null : names.get(c.assigneeId()));
        }).toList();
    }
}

package org.frontdoor.grants.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.cases.ApplicationGate;
import org.frontdoor.cases.NewApplication;
import org.frontdoor.grants.LondonTime;
import org.frontdoor.grants.Money;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.AccountView;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.services.ServiceDefinition;
import org.springframework.stereotype.Component;

/**
 * Sending a grant programme's form: refused unless it was started from the programme (so the round
 * and organisation are known), while its round is open, by an applicant who still meets the rules
 * with the answers as sent, for an amount the programme gives; once the case exists, the grant
 * application is recorded with it, in the same transaction. Listed services are not grant forms
 * (publishing checks that), so ordinary applications pay nothing for this gate.
 */
@Component
class GrantIntakeGate implements ApplicationGate {

    private final GrantDrafts drafts;
    private final ProgrammeCatalogue programmes;
    private final StoredApplications applications;
    private final Organisations organisations;
    private final AccountDetails accounts;
    private final Clock clock;

    GrantIntakeGate(GrantDrafts drafts, ProgrammeCatalogue programmes, StoredApplications applications,
                    Organisations organisations, AccountDetails accounts) {
        this.drafts = drafts;
        this.programmes = programmes;
        this.applications = applications;
        this.organisations = organisations;
        this.accounts = accounts;
        this.clock = Clock.systemUTC();
    }

    @Override
    public void check(NewApplication application, ServiceDefinition service, Map<String, Object> answers) {
        if (service.listed()) {
            return;
        }
        var draft = application.draftId() == null ? null : drafts.find(application.draftId()).orElse(null);
        if (draft == null) {
            if (drafts.isGrantForm(service.id())) {
                throw InvalidInput.of("application", "Apply for this grant from its page under 'Find a grant', so that we know the round and who is applying");
            }
            return;
        }
        var round = programmes.round(draft.roundId()).orElseThrow();
        var programme = programmes.require(round.programmeId());
        var now = clock.instant();
        if (now.isBefore(round.opens())) {
            throw InvalidInput.of("application", round.name() + " of " + programme.name() + " opens at " + LondonTime.describe(round.opens())
                    + ". Your answers are saved: send the application then.");
        }
        if (!now.isBefore(round.closes())) {
            throw InvalidInput.of("application", round.name() + " of " + programme.name() + " closed at " + LondonTime.describe(round.closes())
                    + ". Applications cannot be sent after the deadline. Your answers are saved.");
        }
        var problems = new ArrayList<FieldProblem>();
        programmes.check(programme, draft.kind(), draft.orgId(), answers).reasons()
                .forEach(reason -> problems.add(new FieldProblem("eligibility", reason)));
        if (answers.get(programme.amountQuestion()) instanceof BigDecimal amount
                && (amount.compareTo(programme.minAmount()) < 0 || amount.compareTo(programme.maxAmount()) > 0)) {
            problems.add(new FieldProblem(programme.amountQuestion(), "Ask for between " + Money.pounds(programme.minAmount())
                    + " and " + Money.pounds(programme.maxAmount())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    @Override
    public void admitted(NewApplication application, ServiceDefinition service, UUID caseId, Map<String, Object> answers) {
        if (service.listed() || application.draftId() == null) {
            return;
        }
        drafts.find(application.draftId()).ifPresent(draft -> {
            var round = programmes.round(draft.roundId()).orElseThrow();
            var programme = programmes.require(round.programmeId());
            var recipient = draft.orgId() != null
                    ? organisations.find(draft.orgId()).orElseThrow().name()
                    : accounts.ownAccount(application.applicantId()).map(AccountView::displayName).orElse("Individual applicant");
            var bank = programme.bankDetails();
            applications.insert(caseId, programme.id(), round.id(), draft.kind(), draft.orgId(), recipient,
                    (BigDecimal) answers.get(programme.amountQuestion()), clock.instant(),
                    new StoredApplications.Payee(text(answers, bank.accountName()), text(answers, bank.sortCode()),
                            text(answers, bank.accountNumber())));
        });
    }

    private static String text(Map<String, Object> answers, String question) {
        var value = answers.get(question);
        return value == null ? null : String.valueOf(value).strip();
    }

}

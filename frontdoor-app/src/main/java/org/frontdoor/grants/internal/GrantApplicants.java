package org.frontdoor.grants.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.ApplyingForServices;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.ApplyingForGrants;
import org.frontdoor.grants.GrantApplication;
import org.frontdoor.grants.GrantProgramme;
import org.frontdoor.grants.Money;
import org.frontdoor.grants.Organisation;
import org.frontdoor.grants.OrgId;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.services.AnswerCheck;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.ServiceDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
class GrantApplicants implements ApplyingForGrants {

    static final int MAX_REPORT_LENGTH = 5_000;

    private final ProgrammeCatalogue programmes;
    private final ServiceCatalogue services;
    private final ApplyingForServices forms;
    private final GrantDrafts drafts;
    private final Organisations organisations;
    private final StoredApplications applications;
    private final ApplicantActions actions;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    GrantApplicants(ProgrammeCatalogue programmes, ServiceCatalogue services, ApplyingForServices forms, GrantDrafts drafts,
                    Organisations organisations, StoredApplications applications, ApplicantActions actions, AuditLog audit) {
        this.programmes = programmes;
        this.services = services;
        this.forms = forms;
        this.drafts = drafts;
        this.organisations = organisations;
        this.applications = applications;
        this.actions = actions;
        this.audit = audit;
    }

    @Override
    public EligibilityAnswers checkEligibility(String programmeId, Applicant applicant, Map<String, List<String>> input) {
        return checkEligibility(programmes.require(programmeId), applicant, input);
    }

    private EligibilityAnswers checkEligibility(GrantProgramme programme, Applicant applicant, Map<String, List<String>> input) {
        var problems = new ArrayList<FieldProblem>();
        var orgId = applicantProblems(applicant, problems);
        Map<String, Object> answers = Map.of();
        var page = eligibilityPage(programme);
        if (page.isPresent()) {
            var checked = AnswerCheck.page(page.get(), input, Map.of());
            answers = checked.answers();
            problems.addAll(checked.problems());
        }
        var kind = applicant == null || applicant.kind() == null ? ApplicantKind.INDIVIDUAL : applicant.kind();
        return new EligibilityAnswers(answers, List.copyOf(problems), programmes.check(programme, kind, orgId, answers));
    }

    /** The organisation id as recorded (normalised), after checking the applicant's fields. */
    private static String applicantProblems(Applicant applicant, List<FieldProblem> problems) {
        if (applicant == null || applicant.kind() == null) {
            problems.add(new FieldProblem("applicantKind", "Select who is applying"));
            return null;
        }
        if (!applicant.kind().isOrganisation()) {
            return null;
        }
        String orgId = null;
        try {
            orgId = OrgId.parse(applicant.orgId()).value();
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("orgId", e.getMessage()));
        }
        var name = applicant.orgName() == null ? "" : applicant.orgName().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("orgName", "Enter the organisation's name"));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("orgName", "The organisation's name must be 200 characters or fewer"));
        }
        return orgId;
    }

    @Override
    @Transactional
    public UUID start(SignedInAccount account, String programmeId, Applicant applicant, Map<String, List<String>> input) {
        var programme = programmes.require(programmeId);
        var checked = checkEligibility(programme, applicant, input);
        if (!checked.valid()) {
            throw new InvalidInput(checked.problems());
        }
        if (!checked.eligibility().eligible()) {
            throw new InvalidInput(checked.eligibility().reasons().stream().map(r -> new FieldProblem("eligibility", r)).toList());
        }
        var round = programmes.openRound(programme.id(), clock.instant()).orElseThrow(() -> InvalidInput.of("application",
                programme.name() + " is not taking applications now. Look at its rounds for when the next one opens."));
        String orgId = null;
        if (applicant.kind().isOrganisation()) {
            orgId = OrgId.parse(applicant.orgId()).value();
            organisations.add(orgId, applicant.orgName().strip(), applicant.kind());
            organisations.lock(orgId);
            if (organisations.hasMembers(orgId) && !organisations.isMember(orgId, account.id())) {
                throw InvalidInput.of("orgId", "Someone already applies for grants for " + orgId
                        + ". Ask them to add you as a colleague, then you can work on its applications here.");
            }
            organisations.addMember(orgId, account.id());
        }
        var draftId = forms.start(account, programme.formServiceId());
        eligibilityPage(programme).ifPresent(page -> forms.savePage(account, draftId, page.id(), input));
        drafts.insert(draftId, round.id(), applicant.kind(), orgId, JsonMapper.shared().writeValueAsString(checked.answers()
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())))));
        audit.record(AuditEvent.change("GRANT_APPLICATION_STARTED", "DRAFT", draftId.toString(), programme.name(),
                orgId == null ? Map.of("programme", programme.id()) : Map.of("programme", programme.id(), "organisation", orgId)));
        return draftId;
    }

    private Optional<ServiceDefinition.Page> eligibilityPage(GrantProgramme programme) {
        if (programme.eligibilityPage() == null) {
            return Optional.empty();
        }
        return services.latest(programme.formServiceId()).flatMap(service -> service.form().pages().stream()
                .filter(page -> page.id().equals(programme.eligibilityPage())).findFirst());
    }

    @Override
    @Transactional(readOnly = true)
    public List<DraftInProgress> drafts(SignedInAccount account) {
        return drafts.inProgress(account.id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<GrantApplication> mine(SignedInAccount account) {
        return applications.visibleTo(account.id()).stream().map(StoredApplications.Row::application).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GrantApplication> mine(SignedInAccount account, UUID caseId) {
        return visible(account, caseId).map(StoredApplications.Row::application);
    }

    private Optional<StoredApplications.Row> visible(SignedInAccount account, UUID caseId) {
        return applications.find(caseId).filter(row -> row.applicantId().equals(account.id())
                || (row.application().orgId() != null && organisations.isMember(row.application().orgId(), account.id())));
    }

    @Override
    @Transactional
    public void acceptOffer(SignedInAccount account, UUID caseId) {
        var row = visible(account, caseId).orElseThrow(() -> new NotFound("No grant application " + caseId));
        if (!row.application().offered()) {
            throw InvalidInput.of("offer", "There is no offer waiting to be accepted on this application");
        }
        actions.take(account, row, "accept-offer", "Offer of " + Money.exact(row.application().amountAwarded()) + " accepted", null);
        applications.accepted(caseId, clock.instant());
        audit.record(AuditEvent.change("GRANT_OFFER_ACCEPTED", "CASE", caseId.toString(), "Grant offer accepted",
                Map.of("amount", row.application().amountAwarded().toPlainString())));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] agreement(SignedInAccount account, UUID caseId) {
        var row = visible(account, caseId).orElseThrow(() -> new NotFound("No grant application " + caseId));
        return actions.agreement(row.application());
    }

    @Override
    @Transactional
    public void sendMonitoringReport(SignedInAccount account, UUID caseId, String summary, String spent) {
        var row = visible(account, caseId).orElseThrow(() -> new NotFound("No grant application " + caseId));
        var problems = new ArrayList<FieldProblem>();
        if (row.application().offerAcceptedAt() == null) {
            problems.add(new FieldProblem("summary", "Monitoring reports are sent once the grant offer is accepted"));
        }
        var text = summary == null ? "" : summary.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("summary", "Tell us what the grant has paid for so far"));
        } else if (text.length() > MAX_REPORT_LENGTH) {
            problems.add(new FieldProblem("summary", "The report must be " + MAX_REPORT_LENGTH + " characters or fewer"));
        }
        var amount = Money.parse(spent);
        if (amount == null) {
            problems.add(new FieldProblem("spent", "Enter the amount spent so far in pounds, like 1250.00"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        applications.report(caseId, account.id(), text, amount);
        audit.record(AuditEvent.change("GRANT_MONITORING_REPORTED", "CASE", caseId.toString(), "Monitoring report",
                Map.of("spent", amount.toPlainString())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation> organisations(SignedInAccount account) {
        return organisations.of(account.id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> members(SignedInAccount account, String orgId) {
        requireMember(account, orgId);
        return organisations.members(orgId);
    }

    @Override
    @Transactional
    public void addMember(SignedInAccount account, String orgId, String email) {
        requireMember(account, orgId);
        var colleague = actions.accountByEmail(email).orElseThrow(() -> InvalidInput.of("email",
                "There is no account with that email address. Ask your colleague to create an account first, then add them"));
        organisations.addMember(orgId, colleague);
        audit.record(AuditEvent.change("ORGANISATION_MEMBER_ADDED", "ORGANISATION", orgId, "Colleague added",
                Map.of("member", colleague.toString())));
    }

    private void requireMember(SignedInAccount account, String orgId) {
        if (orgId == null || !organisations.isMember(orgId, account.id())) {
            throw new NotFound("No organisation " + orgId);
        }
    }
}

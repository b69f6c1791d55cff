package org.frontdoor.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.frontdoor.cases.ApplyingForServices;
import org.frontdoor.cases.SubmittedCase;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.ApplyingForGrants;
import org.frontdoor.grants.ApplyingForGrants.Applicant;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.services.AnswerCheck;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.ServiceDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Grant applications to the demo Community Spaces Fund in named states, made the way applicants make them. */

public class GrantApplications {

    public static final String PROGRAMME = "community-spaces";
    public static final String FORM = "community-spaces-grant";
    /** The smallest file that is a PDF by its content: the form requires the accounts. */
    public static final byte[] ACCOUNTS_PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final ApplyingForGrants grants;
    private final ApplyingForServices forms;
    private final ServiceCatalogue services;
    private final Registration registration;
    private final JdbcClient jdbc;

    public GrantApplications(ApplyingForGrants grants, ApplyingForServices forms, ServiceCatalogue services,
                             Registration registration, JdbcClient jdbc) {
        this.grants = grants;
        this.forms = forms;
        this.services = services;
        this.registration = registration;
        this.jdbc = jdbc;
    }

    /** Answers to the eligibility page of an organisation that meets every rule. */
    public static Map<String, Object> eligibleAnswers() {
        return Map.of("basedInUk", true, "annualIncome", "125000", "securedTenure", true);
    }

    /** The rest of the form, asking for the amount given. */
    public static Map<String, Object> formAnswers(String amount) {
        return Map.ofEntries(Map.entry("projectTitle", "New roof for the village hall"),
                Map.entry("projectSummary", "Replace the leaking roof of the village hall"),
                Map.entry("need", "The hall closes when it rains; 40 groups use it every week"),
                Map.entry("amountRequested", amount), Map.entry("totalCost", "30000"),
                Map.entry("contactName", "Jo Trustee"), Map.entry("email", "jo@village-hall.example"),
                Map.entry("phone", "01632 960000"),
                Map.entry("address", Map.of("line1", "Village Hall, Church Lane", "town", "Ambridge", "postcode", "SW1A 2AA")),
                Map.entry("accountName", "Ambridge Village Hall Trust"), Map.entry("sortCode", "089999"),
                Map.entry("accountNumber", "66374958"));
    }

    public SignedInAccount newCitizen(String who) {
        var email = People.uniqueEmail(who.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        var id = registration.register(new NewCitizen(who, email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        return new SignedInAccount(id, email, who, AccountKind.CITIZEN, Set.of(Role.CITIZEN), Set.of(), true, null);
    }

    /** A staff member of the demo data with the roles given (the demo account's teams). */
    public SignedInAccount staff(String email, Role... roles) {
        return People.staff(jdbc, email, roles);
    }

    public Map<String, List<String>> eligibilityInput(Map<String, Object> answers) {
        return AnswerCheck.fields(page("eligibility").questions(), answers);
    }

    /** A charity's application, started, filled in and sent; a new organisation id each time unless given. */
    public SubmittedCase sentByCharity(SignedInAccount citizen, String amount) {
        return sent(citizen, new Applicant(ApplicantKind.CHARITY, uniqueCharity(), "Ambridge Village Hall Trust"), amount);
    }

    public SubmittedCase sent(SignedInAccount citizen, Applicant applicant, String amount) {
        return sent(citizen, PROGRAMME, applicant, amount);
    }

    public SubmittedCase sent(SignedInAccount citizen, String programmeId, Applicant applicant, String amount) {
        var draft = started(citizen, programmeId, applicant, amount);
        return forms.submit(citizen, draft);
    }

    /** Started and filled in, not sent. */
    public UUID started(SignedInAccount citizen, Applicant applicant, String amount) {
        return started(citizen, PROGRAMME, applicant, amount);
    }

    public UUID started(SignedInAccount citizen, String programmeId, Applicant applicant, String amount) {
        var draft = grants.start(citizen, programmeId, applicant, eligibilityInput(eligibleAnswers()));
        var answers = formAnswers(amount);
        for (var page : form().form().pages()) {
            if (!page.id().equals("eligibility")) {
                var files = page.id().equals("documents")
                        ? Map.of("accounts", new org.frontdoor.documents.Upload("accounts-2025.pdf", "application/pdf", ACCOUNTS_PDF))
                        : Map.<String, org.frontdoor.documents.Upload>of();
                var saved = forms.savePage(citizen, draft, page.id(), AnswerCheck.fields(page.questions(), answers), files);
                if (!saved.valid()) {
                    throw new IllegalStateException("Page " + page.id() + " refused: " + saved.problems());
                }
            }
        }
        return draft;
    }

    /**
     * A programme like the demo one, with its own id, budget and one round open now, published by
     * the admin, so a test can spend its budget without touching others'.
     */
    public static String programmeDefinition(String id, String budget) {
        var now = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/London")).withNano(0).withSecond(0);
        return """
                id: %s
                version: 1
                name: Test fund %s
                funder:
                  id: GB-GOR-TEST1
                  name: Test Department
                purpose: Testing budgets.
                budget: %s
                applicants: [charity, company, other]
                form: community-spaces-grant
                amount-question: amountRequested
                amounts:
                  min: 1000
                  max: 25000
                eligibility:
                  page: eligibility
                  rules:
                    - require: answers.basedInUk == true
                      reason: UK only.
                criteria:
                  - id: need
                    label: Need
                    weight: 100
                rounds:
                  - name: Round 1
                    opens: %s
                    closes: %s
                bank-details:
                  account-name: accountName
                  sort-code: sortCode
                  account-number: accountNumber
                """.formatted(id, id, budget, now.minusDays(1), now.plusDays(30));
    }

    public static String uniqueCharity() {
        return "GB-CHC-" + (1_000_000 + (int) (Math.random() * 8_999_999) % 8_999_999);
    }

    private ServiceDefinition form() {
        return services.latest(FORM).orElseThrow();
    }

    private ServiceDefinition.Page page(String id) {
        return form().form().pages().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}

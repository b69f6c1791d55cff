package org.frontdoor.grants.internal.opendata;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Grant programmes with awarded applications, written with plain SQL so the export is tested
 * against the tables as they are, whoever writes them in the app.
 */
final class AwardedApplications {

    private final JdbcClient jdbc;
    final String programmeId = "open-data-" + UUID.randomUUID().toString().substring(0, 8);
    final UUID roundId = UUID.randomUUID();

    AwardedApplications(JdbcClient jdbc, String programmeName) {
        this.jdbc = jdbc;
        jdbc.sql("""
                insert into grant_programmes (id, version, name, funder_org_id, funder_name, budget, service_id, definition)
                values (?, 1, ?, 'GB-GOV-99', 'Department for Open Data', 1000000, 'community-spaces-grant', ?)""")
                .params(programmeId, programmeName, org.frontdoor.support.GrantApplications.programmeDefinition(programmeId, "1000000"))
                .update();
        jdbc.sql("insert into grant_rounds (id, programme_id, name, opens_at, closes_at) values (?, ?, 'Round 1', now() - interval '30 days', now())")
                .params(roundId, programmeId).update();
    }

    /** A citizen account, the applicant of a case. */
    UUID applicant(String name, String email) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into accounts (id, email, display_name, kind) values (?, ?, ?, 'CITIZEN')").params(id, email, name).update();
        return id;
    }

    /** An application by an organisation, awarded at the given moment. */
    String awardedToOrganisation(UUID applicant, String orgId, String orgName, String amount, OffsetDateTime decidedAt) {
        jdbc.sql("insert into organisations (org_id, name, kind) values (?, ?, 'CHARITY') on conflict (org_id) do nothing")
                .params(orgId, orgName).update();
        return application(applicant, "CHARITY", orgId, orgName, amount, "AWARDED", decidedAt);
    }

    /** An application by an individual, whose name is on the application but must never be published. */
    String awardedToIndividual(UUID applicant, String personName, String amount, OffsetDateTime decidedAt) {
        return application(applicant, "INDIVIDUAL", null, personName, amount, "AWARDED", decidedAt);
    }

    String rejected(UUID applicant, String personName) {
        return application(applicant, "INDIVIDUAL", null, personName, "100.00", "REJECTED", OffsetDateTime.now());
    }

    private String application(UUID applicant, String kind, String orgId, String recipientName, String amount, String decision,
                               OffsetDateTime decidedAt) {
        var caseId = UUID.randomUUID();
        var reference = "GR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("""
                insert into cases (id, reference, service_id, service_version, applicant_id, team, state, answers)
                values (?, ?, 'community-grants', 1, ?, 'grants', 'decided', '{}'::jsonb)""")
                .params(caseId, reference, applicant).update();
        jdbc.sql("""
                insert into grant_applications (case_id, programme_id, round_id, applicant_kind, org_id, recipient_name,
                                                amount_requested, submitted_at, decision, amount_awarded, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, now() - interval '10 days', ?, ?, ?)""")
                .params(caseId, programmeId, roundId, kind, orgId, recipientName, new BigDecimal(amount), decision,
                        "AWARDED".equals(decision) ? new BigDecimal(amount) : null, decidedAt)
                .update();
        return reference;
    }
}

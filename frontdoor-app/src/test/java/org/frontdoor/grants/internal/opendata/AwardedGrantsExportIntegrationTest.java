package org.frontdoor.grants.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Awarded grants published as 360Giving JSON and CSV, from the real tables. */
@SystemTest
class AwardedGrantsExportIntegrationTest {

    static final String AWKWARD_PROGRAMME = "=SUM(1,2) \"Green\" Spaces";

    @Autowired
    AwardedGrants awardedGrants;
    @Autowired
    ThreeSixtyGivingSchema schema;
    @Autowired
    JdbcClient jdbc;

    @Test
    void publishesAwardedGrantsAsAPackageValidAgainstThe360GivingSchema() {
        var data = new AwardedApplications(jdbc, "Community Spaces");
        var applicant = data.applicant("Olive Organiser", People.uniqueEmail("olive"));
        var person = data.applicant("Alice Applicant", People.uniqueEmail("alice.applicant"));
        var toCharity = data.awardedToOrganisation(applicant, "GB-CHC-1234567", "Green Streets", "1234.56",
                OffsetDateTime.parse("2026-03-31T23:30:00Z"));
        var toPerson = data.awardedToIndividual(person, "Alice Applicant", "500.00", OffsetDateTime.parse("2026-04-02T09:00:00Z"));
        var refused = data.rejected(person, "Alice Applicant");

        var json = exportJson(data.programmeId);
        var tree = ThreeSixtyGivingSchema.JSON.readTree(json);

        assertThat(schema.packageProblemsOf(tree)).isEmpty();
        var grants = tree.get("grants");
        assertThat(grants).hasSize(2);
        var charity = grants.get(0);
        assertThat(charity.get("id").asString()).isEqualTo("360G-GB-GOV-99-" + toCharity);
        assertThat(charity.get("title").asString()).isEqualTo("Community Spaces: Green Streets");
        // Exact: the decimal as stored, not a double's nearest neighbour.
        assertThat(json).contains("\"amountAwarded\":1234.56,");
        assertThat(charity.get("amountAwarded").decimalValue()).isEqualByComparingTo("1234.56");
        // 23:30 UTC on 31 March 2026 is 00:30 on 1 April in London (BST).
        assertThat(charity.get("awardDate").asString()).isEqualTo("2026-04-01");
        assertThat(charity.get("recipientOrganization").get(0).get("id").asString()).isEqualTo("GB-CHC-1234567");
        assertThat(charity.get("fundingOrganization").get(0).get("id").asString()).isEqualTo("GB-GOV-99");
        assertThat(charity.get("grantProgramme").get(0).get("code").asString()).isEqualTo(data.programmeId);
        assertThat(charity.get("dateModified").asString()).isEqualTo("2026-04-01T00:30:00+01:00");

        var individual = grants.get(1);
        assertThat(individual.get("id").asString()).isEqualTo("360G-GB-GOV-99-" + toPerson);
        assertThat(individual.has("recipientOrganization")).isFalse();
        assertThat(individual.get("recipientIndividual").get("name").asString()).isEqualTo("Individual Recipient");
        assertThat(individual.get("recipientIndividual").get("id").asString()).startsWith("360G-GB-GOV-99-IND-");
        assertThat(json).doesNotContain("Alice", "alice.applicant", "Applicant\"").doesNotContain(refused);
    }

    @Test
    void theSchemaCheckFailsWhenARequiredFieldIsDropped() {
        var data = new AwardedApplications(jdbc, "Community Spaces");
        data.awardedToOrganisation(data.applicant("Olive Organiser", People.uniqueEmail("olive")), "GB-CHC-7654321", "Blue Streets",
                "10.00", OffsetDateTime.now());
        for (var field : List.of("id", "title", "description", "currency", "amountAwarded", "awardDate", "recipientOrganization",
                "fundingOrganization")) {
            var tree = ThreeSixtyGivingSchema.JSON.readTree(exportJson(data.programmeId));
            ((ObjectNode) tree.get("grants").get(0)).remove(field);
            assertThat(schema.packageProblemsOf(tree)).as(field).isNotEmpty();
        }
    }

    @Test
    void publishesTheSameGrantsAsCsvWithThe360GivingColumnTitlesAndNoFormulas() {
        var data = new AwardedApplications(jdbc, AWKWARD_PROGRAMME);
        var reference = data.awardedToOrganisation(data.applicant("Olive Organiser", People.uniqueEmail("olive")), "GB-COH-01234567",
                "Quote \"Us\", Ltd", "99999.99", OffsetDateTime.parse("2026-01-15T12:00:00Z"));
        var person = data.applicant("Alice Applicant", People.uniqueEmail("alice.applicant"));
        data.awardedToIndividual(person, "Alice Applicant", "250.00", OffsetDateTime.parse("2026-01-16T12:00:00Z"));

        var out = new ByteArrayOutputStream();
        try (var csv = new ThreeSixtyGivingCsv(out)) {
            awardedGrants.forEach(data.programmeId, csv::write);
        }
        var text = out.toString(StandardCharsets.UTF_8);
        var rows = Rfc4180.parse(text);

        assertThat(rows.get(0)).containsExactlyElementsOf(ThreeSixtyGivingCsv.COLUMNS);
        assertThat(rows.get(0)).contains("Identifier", "Title", "Amount Awarded", "Award Date", "Recipient Org:Identifier",
                "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Title", "Last Modified");
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(ThreeSixtyGivingCsv.COLUMNS.size()));
        var grant = row(rows, 1);
        assertThat(grant.get("Identifier")).isEqualTo("360G-GB-GOV-99-" + reference);
        assertThat(grant.get("Title")).isEqualTo("'" + AWKWARD_PROGRAMME + ": Quote \"Us\", Ltd");
        assertThat(grant.get("Grant Programme:Title")).isEqualTo("'" + AWKWARD_PROGRAMME);
        assertThat(grant.get("Amount Awarded")).isEqualTo("99999.99");
        assertThat(grant.get("Award Date")).isEqualTo("2026-01-15");
        assertThat(grant.get("Recipient Org:Name")).isEqualTo("Quote \"Us\", Ltd");
        assertThat(grant.get("Funding Org:Name")).isEqualTo("Department for Open Data");
        var individual = row(rows, 2);
        assertThat(individual.get("Recipient Ind:Name")).isEqualTo("Individual Recipient");
        assertThat(individual.get("Recipient Ind:Identifier")).startsWith("360G-GB-GOV-99-IND-");
        assertThat(individual.get("Recipient Org:Identifier")).isEmpty();
        assertThat(text).doesNotContain("Alice").contains("\r\n");
    }

    @Test
    void streamsAHundredThousandGrants() throws Exception {
        var data = new AwardedApplications(jdbc, "Bulk");
        var applicant = data.applicant("Bulk Applicant", People.uniqueEmail("bulk"));
        var prefix = "BULK-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        jdbc.sql("""
                insert into cases (id, reference, service_id, service_version, applicant_id, team, state, answers)
                select gen_random_uuid(), ? || i, 'community-grants', 1, ?, 'grants', 'decided', '{}'::jsonb
                  from generate_series(1, 100000) i""").params(prefix, applicant).update();
        jdbc.sql("""
                insert into grant_applications (case_id, programme_id, round_id, applicant_kind, org_id, recipient_name,
                                                amount_requested, submitted_at, decision, amount_awarded, decided_at)
                select id, ?, ?, 'INDIVIDUAL', null, 'Someone', 100.01, now(), 'AWARDED', 100.01, now()
                  from cases where reference like ? || '%'""").params(data.programmeId, data.roundId, prefix).update();
        var file = java.nio.file.Files.createTempFile("grants", ".json");
        try {
            try (var out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file));
                 var writer = new ThreeSixtyGivingWriter(out)) {
                awardedGrants.forEach(data.programmeId, writer::write);
            }
            var amounts = new java.util.concurrent.atomic.AtomicInteger();
            int read;
            try (var in = java.nio.file.Files.newInputStream(file)) {
                read = GrantPackageReader.read(in, (index, grant) -> {
                    if (grant.get("amountAwarded").decimalValue().compareTo(new java.math.BigDecimal("100.01")) == 0) {
                        amounts.incrementAndGet();
                    }
                });
            }
            assertThat(read).isEqualTo(100_000);
            assertThat(amounts.get()).isEqualTo(100_000);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
            // Other tests read every programme's grants: leave them a small database.
            jdbc.sql("delete from grant_applications where programme_id = ?").param(data.programmeId).update();
            jdbc.sql("delete from cases where reference like ? || '%'").param(prefix).update();
        }
    }

    private String exportJson(String programmeId) {
        var out = new ByteArrayOutputStream();
        try (var writer = new ThreeSixtyGivingWriter(out)) {
            awardedGrants.forEach(programmeId, writer::write);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> row(List<List<String>> rows, int index) {
        var named = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            named.put(rows.get(0).get(i), rows.get(index).get(i));
        }
        return named;
    }

    /** A reader for RFC 4180 written from the RFC, independent of the writer under test. */
    static final class Rfc4180 {
        static List<List<String>> parse(String text) {
            var rows = new ArrayList<List<String>>();
            var row = new ArrayList<String>();
            var cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    cell.append(c);
                }
            }
            return rows;
        }
    }
}

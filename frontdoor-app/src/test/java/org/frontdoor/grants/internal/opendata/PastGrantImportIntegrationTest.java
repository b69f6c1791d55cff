package org.frontdoor.grants.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.frontdoor.grants.internal.opendata.GrantPackageReader.UnreadableGrantFile;
import org.frontdoor.grants.internal.opendata.ImportReport.ImportProblem;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Importing 360Giving files into the funding history, on the real database. */
@SystemTest
class PastGrantImportIntegrationTest {

    @Autowired
    PastGrantImport pastGrantImport;
    @Autowired
    JdbcClient jdbc;

    @Test
    void storesEveryGrantOfTheRealSampleFilesExceptTheTwoWithShiftedColumns() throws IOException {
        // stack.json aggregates the other funders' files: the same grant ids, flattened. Stored rows are one per id.
        var folder = SampleGrants.folder();
        Assumptions.assumeTrue(folder != null, "the 360Giving sample files (../shared/data/grants) are not on this machine");
        int total = 0;
        int storedInReports = 0;
        var ids = new java.util.HashSet<String>();
        var brokenIds = new java.util.HashSet<String>();
        var skippedProblems = new ArrayList<String>();
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSize(9);
        for (var file : files) {
            // Counted independently of the importer: the whole file as one tree.
            var grants = new JsonMapper().readTree(file.toFile()).get("grants");
            int inFile = grants.size();
            total += inFile;
            for (int i = 0; i < inFile; i++) {
                var grant = grants.get(i);
                // A row whose columns slipped has a sentence where the 3-letter currency code belongs.
                (grant.path("currency").asString().matches("[A-Z]{3}") ? ids : brokenIds).add(grant.get("id").asString());
            }
            ImportReport report;
            try (InputStream in = Files.newInputStream(file)) {
                report = pastGrantImport.importFile(file.getFileName().toString(), in);
            }
            assertThat(report.read()).as(file.toString()).isEqualTo(inFile);
            assertThat(report.stored() + report.skipped()).isEqualTo(inFile);
            storedInReports += report.stored();
            report.problems().forEach(p -> skippedProblems.add(file.getFileName() + " " + p.filePointer() + " " + p.message()));
        }
        assertThat(total).isEqualTo(9100);
        // stack.json has two rows whose CSV columns slipped when it was made: the currency holds a sentence and the
        // award date an amount or "GBP". They are the only grants the history refuses, each with its position.
        assertThat(skippedProblems).allSatisfy(p -> assertThat(p).matches("stack\\.json /grants/(2723|3003)/.*"));
        assertThat(skippedProblems).anySatisfy(p -> assertThat(p).startsWith("stack.json /grants/2723/amountAwarded"));
        assertThat(skippedProblems).anySatisfy(p -> assertThat(p).startsWith("stack.json /grants/3003/currency"));
        assertThat(storedInReports).isEqualTo(total - 2);
        assertThat(brokenIds).hasSize(2);
        assertThat(storedCount(ids)).isEqualTo(ids.size());
        brokenIds.removeAll(ids);
        assertThat(storedCount(brokenIds)).isZero();

        // baring.json writes 17/03/2014, read day first; stack.json repeats the grant as 2014-03-17.
        var baring = jdbc.sql("select award_date::text, amount_awarded from past_grants where grant_id = ?")
                .param("360G-baringfoundation-20130071").query((rs, n) -> List.of(rs.getString(1), rs.getBigDecimal(2))).single();
        assertThat(baring).containsExactly("2014-03-17", new BigDecimal("50000.00"));
        // GrantNav's flat columns become the recipient and the funder.
        var stack = jdbc.sql("select recipient_org_id, funder_org_id, funder_name from past_grants where grant_id = ?")
                .param("360G-esmeefairbairn-07-0773").query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(stack).containsExactly("360G-esmeefairbairn-org:archbishops-council-of-the-church-of-england", "GB-CHC-200051",
                "Esmée Fairbairn Foundation");

        // The history answers "funded more than once?": organisations with several grants exist in the samples.
        assertThat(jdbc.sql("""
                select count(*) from (select recipient_org_id from past_grants where grant_id = any(?)
                 and recipient_org_id is not null group by recipient_org_id having count(*) > 1) repeat""")
                .param(ids.toArray(String[]::new)).query(Long.class).single()).isPositive();

        // Importing the same file again updates its grants instead of adding them twice.
        try (InputStream in = Files.newInputStream(folder.resolve("baring.json"))) {
            var again = pastGrantImport.importFile("baring.json", in);
            assertThat(again.stored()).isEqualTo(53);
        }
        assertThat(storedCount(ids)).isEqualTo(ids.size());
        // The aggregate imported after baring.json did not erase the title baring.json gave its grants.
        assertThat(jdbc.sql("select title from past_grants where grant_id = ?").param("360G-baringfoundation-20130071")
                .query(String.class).single()).isEqualTo("AD-AD");
    }

    private long storedCount(java.util.Set<String> grantIds) {
        return jdbc.sql("select count(*) from past_grants where grant_id = any(?)").param(grantIds.toArray(String[]::new))
                .query(Long.class).single();
    }

    @Test
    void storesTheGoodGrantsOfAFileAndReportsTheBrokenOnesWithIndexAndPointer() {
        var prefix = "test-" + UUID.randomUUID() + "-";
        var file = """
                {"title": "A funder's grants", "grants": [
                  %s,
                  %s,
                  %s,
                  %s
                ]}""".formatted(grant(prefix + "a", "1234.56"), grant(prefix + "b", "\"1234.56\""),
                grant(null, "10"), grant(prefix + "d", "99.5"));

        var report = pastGrantImport.importFile("broken.json", stream(file));

        assertThat(report.read()).isEqualTo(4);
        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.problems()).extracting(ImportProblem::index, ImportProblem::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "/amountAwarded"), org.assertj.core.groups.Tuple.tuple(2, "/id"));
        assertThat(report.problems().get(0).message()).contains("string").contains("number");
        assertThat(report.problems().get(0).filePointer()).isEqualTo("/grants/1/amountAwarded");
        assertThat(report.problems().get(1).message()).contains("'id'");
        assertThat(jdbc.sql("select amount_awarded from past_grants where grant_id = ?").param(prefix + "a").query(BigDecimal.class).single())
                .isEqualTo(new BigDecimal("1234.56"));
        // The date is read day first into its column; the record keeps it as the file published it.
        assertThat(jdbc.sql("select award_date::text || ' ' || (record->>'awardDate') from past_grants where grant_id = ?").param(prefix + "a")
                .query(String.class).single()).isEqualTo("2024-03-01 01/03/2024");
        assertThat(jdbc.sql("select count(*) from past_grants where grant_id like ?").param(prefix + "%").query(Long.class).single()).isEqualTo(2);

        var again = pastGrantImport.importFile("broken.json", stream(file));
        assertThat(again.stored()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from past_grants where grant_id like ?").param(prefix + "%").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'OPEN_DATA_IMPORTED' and subject_id = 'broken.json'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void refusesFilesThatAreNot360GivingPackagesAndStoresNothing() {
        assertThatThrownBy(() -> pastGrantImport.importFile("empty.json", stream(""))).isInstanceOf(UnreadableGrantFile.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> pastGrantImport.importFile("grants.csv", stream("Identifier,Title\n1,A"))).isInstanceOf(UnreadableGrantFile.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> pastGrantImport.importFile("list.json", stream("[1, 2]"))).isInstanceOf(UnreadableGrantFile.class)
                .hasMessageContaining("\"grants\"");
        assertThatThrownBy(() -> pastGrantImport.importFile("other.json", stream("{\"title\": \"x\", \"items\": []}")))
                .isInstanceOf(UnreadableGrantFile.class).hasMessageContaining("no \"grants\" list");
        var id = "test-" + UUID.randomUUID();
        assertThatThrownBy(() -> pastGrantImport.importFile("cut.json", stream("{\"grants\": [" + grant(id, "5") + ", {\"id\": ")))
                .isInstanceOf(UnreadableGrantFile.class).hasMessageContaining("line");
        assertThat(jdbc.sql("select count(*) from past_grants where grant_id = ?").param(id).query(Long.class).single()).isZero();
    }

    static String grant(String id, String amount) {
        return """
                {%s "title": "Community garden", "description": "Tools and seeds", "currency": "GBP", "amountAwarded": %s,
                 "awardDate": "01/03/2024", "recipientOrganization": [{"id": "GB-CHC-1234567", "name": "Green Streets"}],
                 "fundingOrganization": [{"id": "GB-GOV-1", "name": "A funder"}]}""".formatted(id == null ? "" : "\"id\": \"" + id + "\",", amount);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

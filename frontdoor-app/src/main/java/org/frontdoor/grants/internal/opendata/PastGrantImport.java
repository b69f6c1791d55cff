package org.frontdoor.grants.internal.opendata;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.grants.internal.opendata.GrantPackageReader.UnreadableGrantFile;
import org.frontdoor.grants.internal.opendata.ImportReport.ImportProblem;
import org.frontdoor.grants.internal.opendata.ThreeSixtyGivingSchema.SchemaProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Importing a 360Giving file into the funding history ({@code past_grants}): each grant is read
 * the standard's way ({@link LegacyGrantShapes}), checked against the schema, and stored when it
 * is valid or reported with its position when it is not. Grants are upserted on their id, so a file
 * imported again updates its grants.
 *
 * <p>The file is one transaction: a file that stops being JSON half way stores nothing, so the
 * history never holds half a file. Valid grants are stored even when others in the file are not.
 */
@Service
class PastGrantImport {

    static final String IMPORTED = "OPEN_DATA_IMPORTED";
    private static final int BATCH = 500;

    private final ThreeSixtyGivingSchema schema;
    private final PastGrants pastGrants;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    PastGrantImport(ThreeSixtyGivingSchema schema, PastGrants pastGrants, AuditLog audit, TransactionTemplate transactions) {
        this.schema = schema;
        this.pastGrants = pastGrants;
        this.audit = audit;
        this.transactions = transactions;
    }

    /**
     * Imports one file.
     *
     * @param sourceName where the grants came from (the file's name), kept with each grant
     * @throws UnreadableGrantFile when the file is empty, not JSON or has no {@code grants} list; nothing is stored
     */
    ImportReport importFile(String sourceName, InputStream file) {
        return transactions.execute(status -> {
            var run = new Run(sourceName);
            int read = GrantPackageReader.read(file, run::grant);
            run.flush();
            var report = run.report(read);
            audit.record(AuditEvent.change(IMPORTED, "PAST_GRANTS", sourceName,
                    "Funding history imported from a 360Giving file, for checks on applicants funded before",
                    Map.of("read", report.read(), "stored", report.stored(), "skipped", report.skipped())));
            return report;
        });
    }

    /** One file's import under way: the batch waiting to be stored and the problems so far. */
    private final class Run {
        private final String sourceName;
        private final List<PastGrant> batch = new ArrayList<>(BATCH);
        private final List<ImportProblem> problems = new ArrayList<>();
        private int problemsLeftOut;
        private int stored;
        private int skipped;

        Run(String sourceName) {
            this.sourceName = sourceName;
        }

        void grant(int index, JsonNode published) {
            if (!(published instanceof ObjectNode object)) {
                skip(index, null, List.of(new SchemaProblem("", "type", "a grant must be a JSON object")));
                return;
            }
            var grant = LegacyGrantShapes.standardised(object);
            var found = relevant(grant, schema.historyProblemsOf(grant));
            if (found.isEmpty()) {
                found = storableProblems(grant);
            }
            var grantId = grant.path("id").isString() ? grant.path("id").asString() : null;
            if (!found.isEmpty()) {
                skip(index, grantId, found);
                return;
            }
            batch.add(pastGrant(grant, published));
            stored++;
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            pastGrants.store(batch);
            batch.clear();
        }

        ImportReport report(int read) {
            return new ImportReport(sourceName, read, stored, skipped, problems, problemsLeftOut);
        }

        private void skip(int index, String grantId, List<SchemaProblem> found) {
            skipped++;
            for (var problem : found) {
                if (problems.size() < ImportReport.PROBLEMS_SHOWN) {
                    problems.add(new ImportProblem(index, grantId, problem.pointer(), problem.message()));
                } else {
                    problemsLeftOut++;
                }
            }
        }

        private PastGrant pastGrant(ObjectNode grant, JsonNode published) {
            var funder = grant.path("fundingOrganization").path(0);
            var recipient = grant.path("recipientOrganization").path(0);
            var planned = grant.path("plannedDates").path(0);
            return new PastGrant(grant.get("id").asString(), PastGrant.comparableOrgId(funder.get("id").asString()), funder.get("name").asString(),
                    recipient.isMissingNode() ? null : PastGrant.comparableOrgId(recipient.get("id").asString()),
                    recipient.isMissingNode() ? null : recipient.get("name").asString(),
                    text(grant, "title"), text(grant, "description"), grant.get("currency").asString(),
                    grant.get("amountAwarded").decimalValue(), PastGrant.dayOf(grant.get("awardDate").asString()),
                    PastGrant.dayOf(text(planned, "startDate")), PastGrant.dayOf(text(planned, "endDate")),
                    text(grant.path("grantProgramme").path(0), "title"), sourceName, published.toString());
        }
    }

    /**
     * The validator's problems a person can act on. A grant goes either to an organisation or to an
     * individual (the schema's oneOf), so when one is there, "the other one is missing" is noise, and
     * so is the oneOf summary when more precise problems say what is wrong.
     */
    static List<SchemaProblem> relevant(JsonNode grant, List<SchemaProblem> found) {
        var toOrganisation = grant.has("recipientOrganization");
        var toIndividual = grant.has("recipientIndividual");
        var precise = found.stream()
                .filter(p -> !(p.pointer().equals("/recipientIndividual") && p.keyword().equals("required") && toOrganisation))
                .filter(p -> !(p.pointer().equals("/recipientOrganization") && p.keyword().equals("required") && toIndividual))
                .toList();
        if (precise.size() > 1) {
            precise = precise.stream().filter(p -> !(p.pointer().isEmpty() && p.keyword().equals("oneOf"))).toList();
        }
        return precise;
    }

    /** What the schema allows but the history's columns cannot hold as they are. */
    static List<SchemaProblem> storableProblems(JsonNode grant) {
        if (PastGrant.dayOf(grant.get("awardDate").asString()) == null) {
            return List.of(new SchemaProblem("/awardDate", "date", "award date cannot be read as a day: " + grant.get("awardDate").asString()));
        }
        return amountProblems(grant.get("amountAwarded").decimalValue());
    }

    /** What numeric(14,2) cannot hold exactly: the history never rounds an amount silently. */
    static List<SchemaProblem> amountProblems(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 2) {
            return List.of(new SchemaProblem("/amountAwarded", "amount", "amount has more than 2 decimal places: " + amount.toPlainString()));
        }
        if (amount.abs().compareTo(PastGrant.LARGEST_AMOUNT) > 0) {
            return List.of(new SchemaProblem("/amountAwarded", "amount", "amount is too large: " + amount.toPlainString()));
        }
        return List.of();
    }

    private static String text(JsonNode holder, String field) {
        var value = holder.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}

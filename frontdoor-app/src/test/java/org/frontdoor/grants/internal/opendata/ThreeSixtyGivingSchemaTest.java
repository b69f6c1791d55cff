package org.frontdoor.grants.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ThreeSixtyGivingSchemaTest {

    static final ThreeSixtyGivingSchema SCHEMA = new ThreeSixtyGivingSchema();

    static ObjectNode grant() {
        return (ObjectNode) ThreeSixtyGivingSchema.JSON.readTree("""
                {"id": "360G-test-1", "title": "Community garden", "description": "Tools and seeds", "currency": "GBP",
                 "amountAwarded": 1234.56, "awardDate": "2024-03-01",
                 "recipientOrganization": [{"id": "GB-CHC-1234567", "name": "Green Streets"}],
                 "fundingOrganization": [{"id": "GB-GOV-1", "name": "A funder"}]}""");
    }

    @Test
    void acceptsAStandardGrant() {
        assertThat(SCHEMA.problemsOf(grant())).isEmpty();
    }

    @Test
    void acceptsAnAwardDateAsADateTime() {
        var grant = grant().put("awardDate", "2024-03-01T10:00:00Z");
        assertThat(SCHEMA.problemsOf(grant)).isEmpty();
    }

    @Test
    void findsAnAmountWrittenAsText() {
        var problems = SCHEMA.problemsOf(grant().put("amountAwarded", "1234.56"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/amountAwarded");
            assertThat(p.keyword()).isEqualTo("type");
        });
    }

    @Test
    void findsAnAwardDateNotWrittenTheStandardWay() {
        assertThat(SCHEMA.problemsOf(grant().put("awardDate", "17/03/2014")))
                .anySatisfy(p -> assertThat(p.pointer()).isEqualTo("/awardDate"));
    }

    @Test
    void findsAMissingId() {
        var grant = grant();
        grant.remove("id");
        assertThat(SCHEMA.problemsOf(grant)).anySatisfy(p -> assertThat(p.message()).contains("'id'"));
        assertThat(SCHEMA.historyProblemsOf(grant)).anySatisfy(p -> assertThat(p.message()).contains("'id'"));
    }

    @Test
    void historyLetsTitleAndDescriptionBeMissingButTheStandardDoesNot() {
        var grant = grant();
        grant.remove("title");
        grant.remove("description");
        assertThat(SCHEMA.problemsOf(grant)).isNotEmpty();
        assertThat(SCHEMA.historyProblemsOf(grant)).isEmpty();
    }
}

package org.frontdoor.grants.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

class LegacyGrantShapesTest {

    @ParameterizedTest
    @CsvSource({
            "17/03/2014, 2014-03-17",
            "1/4/2014, 2014-04-01",
            "26/03/2001 00:00, 2001-03-26",
            "08/2013, 2013-08-01",
            "19 April 2013, 2013-04-19",
            "3 december 2015, 2015-12-03",
            "2014-07-16 13:50:00.000000, 2014-07-16",
    })
    void readsOlderDatesDayFirst(String written, String iso) {
        assertThat(LegacyGrantShapes.isoDate(written)).isEqualTo(iso);
    }

    @Test
    void leavesStandardAndUnreadableDatesForTheSchema() {
        assertThat(LegacyGrantShapes.isoDate("2014-03-17")).isNull();
        assertThat(LegacyGrantShapes.isoDate("31/02/2014")).isNull();
        assertThat(LegacyGrantShapes.isoDate("GBP")).isNull();
        assertThat(LegacyGrantShapes.isoDate("25000")).isNull();
    }

    @Test
    void writesModifiedTimesWithTheUkOffsetAndSeconds() {
        assertThat(LegacyGrantShapes.isoDateTime("29/04/2015 12:10")).isEqualTo("2015-04-29T12:10:00+01:00");
        assertThat(LegacyGrantShapes.isoDateTime("02/11/2015")).isEqualTo("2015-11-02T00:00:00Z");
    }

    @Test
    void turnsFlatOrganisationColumnsIntoTheStandardsLists() {
        var grant = read("""
                {"id": "360G-x-1", "RecipientOrgIdentifier": "GB-CHC-1", "RecipientOrgName": "A", "FundingOrgIdentifier": "GB-CHC-2",
                 "FundingOrgName": "B", "awardDate": "2008-06-04"}""");
        var standard = LegacyGrantShapes.standardised(grant);
        assertThat(standard.get("recipientOrganization").get(0).get("id").asString()).isEqualTo("GB-CHC-1");
        assertThat(standard.get("fundingOrganization").get(0).get("name").asString()).isEqualTo("B");
        assertThat(grant.has("recipientOrganization")).as("the published record is left as it was").isFalse();
    }

    @Test
    void readsDurationsAndLinksAndLeavesOutPlaceholders() {
        var grant = read("""
                {"url": "www.example.org.uk", "recipientOrganization": [{"id": "x", "name": "y", "url": "see our site"}],
                 "plannedDates": [{"startDate": "30/09/2013", "duration": "12 months"}, {"duration": "Undefined"}]}""");
        var standard = LegacyGrantShapes.standardised(grant);
        assertThat(standard.get("url").asString()).isEqualTo("http://www.example.org.uk");
        assertThat(standard.get("recipientOrganization").get(0).has("url")).isFalse();
        assertThat(standard.get("plannedDates").get(0).get("duration").asInt()).isEqualTo(12);
        assertThat(standard.get("plannedDates").get(0).get("startDate").asString()).isEqualTo("2013-09-30");
        assertThat(standard.get("plannedDates").get(1).has("duration")).isFalse();
    }

    private static ObjectNode read(String json) {
        return (ObjectNode) ThreeSixtyGivingSchema.JSON.readTree(json);
    }

    @Test
    void organisationsOnKnownUkRegistersAreStoredInOneSpelling() {
        assertThat(PastGrant.comparableOrgId("gb-coh-1234567")).isEqualTo("GB-COH-01234567");
        assertThat(PastGrant.comparableOrgId("GB-CHC-326568")).isEqualTo("GB-CHC-326568");
        assertThat(PastGrant.comparableOrgId("360G-esmeefairbairn-org:archbishops-council")).isEqualTo("360G-esmeefairbairn-org:archbishops-council");
        assertThat(PastGrant.comparableOrgId("XI-IATI-abc")).isEqualTo("XI-IATI-abc");
        assertThat(PastGrant.comparableOrgId("GB-CHC-1234567-1")).isEqualTo("GB-CHC-1234567-1");
    }
}

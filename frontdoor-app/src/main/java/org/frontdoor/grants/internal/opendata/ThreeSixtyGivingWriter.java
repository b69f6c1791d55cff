package org.frontdoor.grants.internal.opendata;

import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;

/**
 * Writes awarded grants as a 360Giving JSON package, {@code {"grants": [...]}}, one grant at a
 * time to the stream: a hundred thousand grants need no more memory than one. Amounts are written
 * from their exact decimal, never through a double.
 */
final class ThreeSixtyGivingWriter implements AutoCloseable {

    private final JsonGenerator json;

    ThreeSixtyGivingWriter(OutputStream out) {
        this.json = ThreeSixtyGivingSchema.JSON.createGenerator(out);
        json.writeStartObject();
        json.writeName("grants");
        json.writeStartArray();
    }

    void write(AwardedGrant grant) {
        json.writeStartObject();
        json.writeStringProperty("id", grant.grantId());
        json.writeStringProperty("title", grant.title());
        json.writeStringProperty("description", grant.description());
        json.writeStringProperty("currency", "GBP");
        json.writeName("amountAwarded");
        json.writeNumber(grant.amountAwarded());
        json.writeStringProperty("awardDate", grant.awardDate().toString());
        if (grant.toIndividual()) {
            json.writeObjectPropertyStart("recipientIndividual");
            json.writeStringProperty("id", grant.individualId());
            json.writeStringProperty("name", AwardedGrant.INDIVIDUAL_NAME);
            json.writeEndObject();
        } else {
            organisation("recipientOrganization", grant.orgId(), grant.orgName());
        }
        organisation("fundingOrganization", grant.funderOrgId(), grant.funderName());
        json.writeArrayPropertyStart("grantProgramme");
        json.writeStartObject();
        json.writeStringProperty("code", grant.programmeId());
        json.writeStringProperty("title", grant.programmeName());
        json.writeEndObject();
        json.writeEndArray();
        json.writeStringProperty("dateModified", grant.dateModified());
        json.writeEndObject();
    }

    private void organisation(String field, String id, String name) {
        json.writeArrayPropertyStart(field);
        json.writeStartObject();
        json.writeStringProperty("id", id);
        json.writeStringProperty("name", name);
        json.writeEndObject();
        json.writeEndArray();
    }

    /** Ends the package and flushes it; the stream itself stays open for its owner (the web server) to close. */
    @Override
    public void close() {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }
}

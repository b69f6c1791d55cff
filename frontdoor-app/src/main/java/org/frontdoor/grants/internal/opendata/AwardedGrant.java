package org.frontdoor.grants.internal.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.frontdoor.platform.Sha256;

/**
 * An awarded grant application as Frontdoor publishes it. What may be published is decided here,
 * once, for the JSON and the CSV alike: an organisation is named, an individual never is.
 *
 * @param orgId        the recipient organisation, or null for a grant to an individual
 * @param orgName      the organisation's name, or null for a grant to an individual
 * @param decidedAt    when the award was decided
 */
record AwardedGrant(UUID caseId, String reference, String programmeId, String programmeName, String roundName,
                    String funderOrgId, String funderName, String orgId, String orgName,
                    BigDecimal amountAwarded, Instant decidedAt) {

    /** How the 360Giving guidance suggests naming an individual recipient without identifying them. */
    static final String INDIVIDUAL_NAME = "Individual Recipient";

    boolean toIndividual() {
        return orgId == null;
    }

    /** The 360Giving grant id: the prefix registered for the funder, then the case reference. */
    String grantId() {
        return "360G-" + funderOrgId + "-" + reference;
    }

    String title() {
        return programmeName + ": " + (toIndividual() ? "grant to an individual" : orgName);
    }

    String description() {
        return "A grant from " + funderName + " under " + programmeName + ", " + roundName + ".";
    }

    /** The day of the award decision in the UK, where the funder decides. */
    LocalDate awardDate() {
        return decidedAt.atZone(LegacyGrantShapes.UK).toLocalDate();
    }

    /** When this grant's published data last changed: it is fixed by the award decision. */
    String dateModified() {
        return LegacyGrantShapes.RFC_3339.format(decidedAt.atZone(LegacyGrantShapes.UK));
    }

    /**
     * A stable identifier for an individual recipient that says nothing about them: a hash of the
     * application's random id. Neither the name nor the email of the person is ever an input, and
     * two grants to one person get different identifiers, so published grants cannot be linked into
     * a picture of one person.
     */
    String individualId() {
        return "360G-" + funderOrgId + "-IND-" + Sha256.hex(caseId.toString()).substring(0, 20);
    }
}

package org.frontdoor.grants.internal;

import java.time.LocalDate;
import org.frontdoor.grants.GrantApplication;
import org.frontdoor.grants.GrantApplication.Decision;
import org.frontdoor.grants.GrantApplication.PaymentStatus;
import org.frontdoor.grants.LondonTime;
import org.frontdoor.grants.internal.agreements.AgreementDocument;
import org.frontdoor.grants.internal.agreements.GrantOffer;
import org.frontdoor.grants.internal.agreements.Instalment;
import org.frontdoor.platform.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Grant agreements as PDF documents, from the template, with the terms, the amount awarded and the
 * payment schedule. Rendered when asked for rather than stored: the award and schedule in the
 * database are the record, and a variation shows in the next copy.
 */
@Component
class Agreements {

    static final String AFTER_REPORT = "once we have your monitoring report";

    private final AgreementDocument document = new AgreementDocument();
    private final ProgrammeCatalogue programmes;

    Agreements(ProgrammeCatalogue programmes) {
        this.programmes = programmes;
    }

    byte[] render(GrantApplication application) {
        if (application.decision() != Decision.AWARDED) {
            throw InvalidInput.of("agreement", "There is no grant agreement until a grant is awarded");
        }
        var programme = programmes.require(application.programmeId());
        var schedule = application.payments().stream().filter(p -> p.status() != PaymentStatus.CANCELLED)
                .map(p -> new Instalment(p.amount(), p.dueOn(), p.waitsForReport() ? AFTER_REPORT : null)).toList();
        var offeredOn = LocalDate.ofInstant(application.decidedAt(), LondonTime.LONDON);
        return document.render(new GrantOffer(application.reference(), offeredOn, application.recipientName(), application.orgId(),
                programme.name(), programme.funderName(), application.amountAwarded(), programme.purpose(), schedule));
    }
}

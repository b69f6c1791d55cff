package org.frontdoor.grants.internal;

import java.util.Optional;
import java.util.UUID;
import org.frontdoor.grants.FundingRecords;
import org.springframework.stereotype.Component;

/** The grants capability's answers to other capabilities' questions about applicants and funding. */
@Component
class GrantFundingRecords implements FundingRecords {

    private final StoredApplications applications;

    GrantFundingRecords(StoredApplications applications) {
        this.applications = applications;
    }

    @Override
    public Optional<GrantApplicant> applicantOf(UUID caseId) {
        return applications.summary(caseId).map(StoredApplications.Row::application)
                .map(a -> new GrantApplicant(a.caseId(), a.programmeId(), a.applicantKind(), a.orgId(), a.recipientName(),
                        a.amountRequested()));
    }
}

package org.frontdoor.portal;

import java.util.UUID;
import org.frontdoor.cases.CaseDocuments;
import org.frontdoor.documents.Downloads;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A citizen downloads a document of their own case; anyone else's is "not found", like the case. */
@Controller
class OwnDocumentDownloads {

    private final CaseDocuments documents;

    OwnDocumentDownloads(CaseDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/account/cases/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, @PathVariable UUID documentId) {
        // The portal is the applicant's view; staff download from the console.
        if (me.kind() != AccountKind.CITIZEN) {
            throw new NotFound("No case " + id);
        }
        return Downloads.of(documents.download(me, id, documentId));
    }
}

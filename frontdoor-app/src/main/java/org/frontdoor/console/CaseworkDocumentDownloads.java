package org.frontdoor.console;

import java.util.UUID;
import org.frontdoor.cases.CaseDocuments;
import org.frontdoor.documents.Downloads;
import org.frontdoor.identity.SignedInAccount;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Staff download a case's documents, only of cases they may see; every download is audited. */
@Controller
class CaseworkDocumentDownloads {

    private final CaseDocuments documents;

    CaseworkDocumentDownloads(CaseDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/console/cases/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, @PathVariable UUID documentId) {
        return Downloads.of(documents.download(me, id, documentId));
    }
}

package org.frontdoor.cases.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.UUID;
import org.frontdoor.cases.CaseDocuments;
import org.frontdoor.documents.Downloads;
import org.frontdoor.documents.StoredDocument;
import org.frontdoor.documents.Upload;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.ApiController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/** Documents on cases over the API; a case's documents are listed in the whole case ({@code GET /cases/{id}}). */
@ApiController("/api/v1")
class CaseDocumentsApi {

    private final CaseDocuments documents;

    CaseDocumentsApi(CaseDocuments documents) {
        this.documents = documents;
    }

    @Operation(summary = "Add a document to a case",
            description = "Multipart form with one part named file: a PDF, JPG, PNG or DOCX up to 10MB, recognised by its content. "
                    + "Refused files (empty, too big, another kind, infected) get a 400 problem detail naming the field file.")
    @PostMapping(path = "/cases/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StoredDocument> upload(@AuthenticationPrincipal SignedInAccount sender, @PathVariable UUID id,
                                          @RequestPart(name = "file", required = false) MultipartFile file) {
        var upload = Upload.from(file).orElseThrow(() -> InvalidInput.of("file", "Select a file"));
        var stored = documents.add(sender, id, upload, "file");
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/documents/" + stored.id())).body(stored);
    }

    @Operation(summary = "Download a document of a case",
            description = "The file as an attachment, with the Content-Type its content was checked to be. Audited.")
    @GetMapping(path = "/cases/{id}/documents/{documentId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInAccount reader, @PathVariable UUID id,
                                    @PathVariable UUID documentId) {
        return Downloads.of(documents.download(reader, id, documentId));
    }
}

package org.frontdoor.cases.internal;

import java.util.Map;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.CaseDocuments;
import org.frontdoor.cases.internal.Cases.StoredCase;
import org.frontdoor.documents.DocumentFile;
import org.frontdoor.documents.Documents;
import org.frontdoor.documents.FileRules;
import org.frontdoor.documents.NewDocument;
import org.frontdoor.documents.StoredDocument;
import org.frontdoor.documents.Upload;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CaseDocumentAccess implements CaseDocuments {

    private final Cases cases;
    private final CaseReads reads;
    private final Documents documents;
    private final Timelines timelines;
    private final AuditLog audit;

    CaseDocumentAccess(Cases cases, CaseReads reads, Documents documents, Timelines timelines, AuditLog audit) {
        this.cases = cases;
        this.reads = reads;
        this.documents = documents;
        this.timelines = timelines;
        this.audit = audit;
    }

    @Override
    @Transactional(noRollbackFor = InvalidInput.class)
    public StoredDocument add(SignedInAccount sender, UUID caseId, Upload upload, String field) {
        var c = visible(sender, caseId);
        var stored = documents.store(new NewDocument(upload, FileRules.CASE_DOCUMENTS, field, sender.id(), null, c.id(), null));
        timelines.wrote(c.id(), sender.id(), "DOCUMENT", stored.name(), true, sender.kind() == org.frontdoor.identity.AccountKind.CITIZEN);
        audit.record(AuditEvent.change("DOCUMENT_ADDED", "DOCUMENT", stored.id().toString(), purpose(sender, c),
                Map.of("case", c.reference(), "type", stored.type().name(), "size", stored.size(), "sha256", stored.sha256())));
        return stored;
    }

    @Override
    @Transactional
    public DocumentFile download(SignedInAccount reader, UUID caseId, UUID documentId) {
        var c = visible(reader, caseId);
        var file = documents.read(c.id(), documentId).orElseThrow(() -> new NotFound("No document " + documentId));
        audit.record(new AuditEvent("DOWNLOADED", "DOCUMENT", documentId.toString(), purpose(reader, c),
                Map.of("case", c.reference())));
        return file;
    }

    private StoredCase visible(SignedInAccount person, UUID caseId) {
        return cases.byId(caseId).filter(c -> reads.maySee(person, c)).orElseThrow(() -> new NotFound("No case " + caseId));
    }

    private static String purpose(SignedInAccount person, StoredCase c) {
        return c.applicantId().equals(person.id()) ? "The applicant's own document on case " + c.reference()
                : "Casework on case " + c.reference();
    }
}

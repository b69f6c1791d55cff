package org.frontdoor.documents;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.platform.InvalidInput;

/**
 * Keeping documents. This capability does not decide who may read them: callers check access to
 * the draft or case a document belongs to first.
 */
public interface Documents {

    /**
     * Checks the file (not empty, not too big, an accepted kind judged by its content, clean by the
     * virus scanner) and stores it with its SHA-256, in the caller's transaction.
     *
     * @throws InvalidInput one problem on {@link NewDocument#field()}, in words for the person who sent it
     */
    StoredDocument store(NewDocument document);

    /** A case's documents, oldest first. */
    List<StoredDocument> ofCase(UUID caseId);

    /** The document if it belongs to this case; absent otherwise. */
    Optional<DocumentFile> read(UUID caseId, UUID documentId);

    /** The document of a draft, if it belongs to that draft. */
    Optional<StoredDocument> ofDraft(UUID draftId, UUID documentId);

    /**
     * When a draft becomes a case, the draft's documents its answers still name become the case's;
     * returns those moved (none when already moved, so a retried submission moves nothing twice).
     */
    List<StoredDocument> moveToCase(UUID draftId, UUID caseId, Collection<UUID> documentIds);
}

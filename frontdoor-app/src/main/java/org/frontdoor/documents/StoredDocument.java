package org.frontdoor.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * A document as stored: what it is, who sent it and what it belongs to (a draft application, then
 * the case it became; or a case directly).
 *
 * @param questionId the form question it answers, or null when added to a case afterwards
 * @param scanResult what the virus scanner said, as {@link ScanResult#summary()}
 */
public record StoredDocument(UUID id, String name, FileType type, long size, String sha256, UUID uploadedBy,
                             UUID caseId, UUID draftId, String questionId, String scanResult, Instant createdAt) {

    /** The size as people read it, for example "1.2MB". */
    public String sizeText() {
        return FileRules.sizeText(size);
    }
}

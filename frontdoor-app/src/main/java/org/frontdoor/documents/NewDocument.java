package org.frontdoor.documents;

import java.util.UUID;

/**
 * A file to check and keep, linked to exactly one of a draft application or a case.
 *
 * @param field      the form field the file came from, named in problems so a page can point at it
 * @param questionId the question it answers, or null
 */
public record NewDocument(Upload upload, FileRules rules, String field, UUID uploadedBy, UUID draftId, UUID caseId,
                          String questionId) {

    public NewDocument {
        if ((draftId == null) == (caseId == null)) {
            throw new IllegalArgumentException("A document belongs to a draft or to a case");
        }
    }
}

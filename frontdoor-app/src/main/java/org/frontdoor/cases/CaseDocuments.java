package org.frontdoor.cases;

import java.util.UUID;
import org.frontdoor.documents.DocumentFile;
import org.frontdoor.documents.StoredDocument;
import org.frontdoor.documents.Upload;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;

/**
 * Documents on a case, with exactly the access rules of reading the case: whoever may read the
 * case may add to and download its documents; anyone else is told neither exists.
 */
public interface CaseDocuments {

    /**
     * Adds a document to the case, on its timeline for both sides, audited.
     *
     * @param field the form field the file came from, named in problems
     * @throws NotFound     when the person may not see the case
     * @throws InvalidInput when the file is refused (empty, too big, wrong kind, infected)
     */
    StoredDocument add(SignedInAccount sender, UUID caseId, Upload upload, String field);

    /**
     * A document of the case with its content; every download is audited with its purpose.
     *
     * @throws NotFound when the person may not see the case, or the document is not the case's
     */
    DocumentFile download(SignedInAccount reader, UUID caseId, UUID documentId);
}

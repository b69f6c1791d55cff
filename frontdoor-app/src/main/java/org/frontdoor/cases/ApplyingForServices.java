package org.frontdoor.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.documents.Upload;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.services.CheckedAnswers;

/** A citizen filling in a service's form page by page, stopping and coming back, then sending it. */
public interface ApplyingForServices {

    /**
     * Starts an application to the service.
     *
     * @throws NotFound when there is no such service
     * @throws org.frontdoor.services.ServiceNotTakingApplications when it is paused or retired
     */
    UUID start(SignedInAccount applicant, String serviceId);

    /** The applicant's own draft; anyone else's is absent. */
    Optional<Draft> draft(SignedInAccount applicant, UUID draftId);

    /** Applications the person started and has not sent, newest first. */
    List<Draft> inProgress(SignedInAccount applicant);

    /**
     * Checks one page and saves its valid answers even when others are wrong, so nothing typed is
     * lost; answers that no longer apply after this page's answers are kept until submission drops them.
     */
    default CheckedAnswers savePage(SignedInAccount applicant, UUID draftId, String pageId, Map<String, List<String>> input) {
        return savePage(applicant, draftId, pageId, input, Map.of());
    }

    /**
     * The same with the files chosen for the page's file questions, by question id. Each file is
     * checked and stored first; a refused one is a problem on its question and keeps any earlier
     * file; a file question with no new file keeps the one it had.
     */
    CheckedAnswers savePage(SignedInAccount applicant, UUID draftId, String pageId, Map<String, List<String>> input,
                            Map<String, Upload> files);

    /**
     * Sends the application: it becomes a case. Sending twice returns the same case.
     *
     * @throws InvalidInput when answers are missing or no longer valid, one problem per field
     * @throws org.frontdoor.services.ServiceNotTakingApplications when the service is paused or retired; the draft is kept
     */
    SubmittedCase submit(SignedInAccount applicant, UUID draftId);
}

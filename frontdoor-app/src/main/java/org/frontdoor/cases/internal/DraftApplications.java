package org.frontdoor.cases.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.cases.ApplyingForServices;
import org.frontdoor.cases.CaseParticipants;
import org.frontdoor.cases.Draft;
import org.frontdoor.cases.NewApplication;
import org.frontdoor.cases.SubmittedCase;
import org.frontdoor.cases.SubmittingApplication;
import org.frontdoor.cases.internal.Drafts.StoredDraft;
import org.frontdoor.documents.Upload;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.services.AnswerCheck;
import org.frontdoor.services.CheckedAnswers;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.ServiceDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DraftApplications implements ApplyingForServices {

    private final Drafts drafts;
    private final ServiceCatalogue catalogue;
    private final SubmittingApplication submitting;
    private final StoredAnswers storedAnswers;
    private final DraftFiles draftFiles;
    private final List<CaseParticipants> participants;

    DraftApplications(Drafts drafts, ServiceCatalogue catalogue, SubmittingApplication submitting, StoredAnswers storedAnswers,
                      DraftFiles draftFiles, List<CaseParticipants> participants) {
        this.participants = participants;
        this.drafts = drafts;
        this.catalogue = catalogue;
        this.submitting = submitting;
        this.storedAnswers = storedAnswers;
        this.draftFiles = draftFiles;
    }

    @Override
    @Transactional
    public UUID start(SignedInAccount applicant, String serviceId) {
        var service = catalogue.latest(serviceId).orElseThrow(() -> new NotFound("There is no service '" + serviceId + "'"));
        catalogue.checkTakingApplications(service.id());
        var id = UUID.randomUUID();
        drafts.insert(id, service.id(), applicant.id());
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Draft> draft(SignedInAccount applicant, UUID draftId) {
        return drafts.find(draftId).filter(d -> mayUse(applicant, d)).map(this::draft);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Draft> inProgress(SignedInAccount applicant) {
        return drafts.inProgress(applicant.id()).stream().map(this::draft).toList();
    }

    @Override
    @Transactional
    public CheckedAnswers savePage(SignedInAccount applicant, UUID draftId, String pageId, Map<String, List<String>> input,
                                   Map<String, Upload> files) {
        var stored = drafts.lock(draftId).filter(d -> mayUse(applicant, d)).filter(d -> d.submittedCaseId() == null)
                .orElseThrow(() -> new NotFound("No application " + draftId));
        var service = service(stored);
        var page = service.form().pages().stream().filter(p -> p.id().equals(pageId)).findFirst()
                .orElseThrow(() -> new NotFound("No page " + pageId));
        var answers = new LinkedHashMap<>(answers(stored));
        var uploaded = draftFiles.receive(applicant, draftId, page, input, files, answers);
        page.questions().forEach(question -> answers.remove(question.id()));
        var checked = uploaded.merge(AnswerCheck.page(page, uploaded.input(), answers));
        answers.putAll(checked.answers());
        drafts.saveAnswers(draftId, storedAnswers.write(answers));
        return checked;
    }

    @Override
    @Transactional
    public SubmittedCase submit(SignedInAccount applicant, UUID draftId) {
        var stored = drafts.lock(draftId).filter(d -> mayUse(applicant, d)).orElseThrow(() -> new NotFound("No application " + draftId));
        // The draft's id is the idempotency key: sending twice (a double click, a retry, a colleague
        // sending it too) returns the same case, which belongs to whoever started the draft.
        var submitted = submitting.submit(new NewApplication(stored.serviceId(), stored.applicantId(), answers(stored), "draft-" + draftId,
                draftId));
        drafts.submitted(draftId, submitted.id());
        draftFiles.sent(applicant, draftId, submitted.id(), answers(stored));
        return submitted;
    }

    /** The person who started the draft, or someone another capability says works on it with them. */
    private boolean mayUse(SignedInAccount person, StoredDraft draft) {
        return draft.applicantId().equals(person.id())
                || participants.stream().anyMatch(p -> p.takesPartInDraft(person.id(), draft.id()));
    }

    private ServiceDefinition service(StoredDraft stored) {
        return catalogue.latest(stored.serviceId()).orElseThrow(() -> new NotFound("There is no service '" + stored.serviceId() + "'"));
    }

    private Map<String, Object> answers(StoredDraft draft) {
        return storedAnswers.read(draft.answersJson());
    }

    private Draft draft(StoredDraft stored) {
        var name = catalogue.latest(stored.serviceId()).map(ServiceDefinition::name).orElse(stored.serviceId());
        return new Draft(stored.id(), stored.serviceId(), name, answers(stored), stored.updatedAt(), stored.submittedCaseId());
    }
}

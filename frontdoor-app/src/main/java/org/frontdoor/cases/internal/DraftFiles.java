package org.frontdoor.cases.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.documents.Documents;
import org.frontdoor.documents.NewDocument;
import org.frontdoor.documents.Upload;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.services.CheckedAnswers;
import org.frontdoor.services.QuestionType;
import org.frontdoor.services.ServiceDefinition.Page;
import org.springframework.stereotype.Component;

/**
 * The files of a draft's file questions. A file is checked and stored before its page is checked,
 * and the page then answers the question with the stored document; what the browser sent in a file
 * question's own fields is ignored, so nobody can answer with a document that is not theirs.
 */
@Component
class DraftFiles {

    private final Documents documents;
    private final Timelines timelines;
    private final AuditLog audit;

    DraftFiles(Documents documents, Timelines timelines, AuditLog audit) {
        this.documents = documents;
        this.timelines = timelines;
        this.audit = audit;
    }

    /** The page's input with each file question answered, and the problems of refused files. */
    record Received(Map<String, List<String>> input, List<FieldProblem> problems) {

        /** The page's check with refused files' problems in place of its own for those questions. */
        CheckedAnswers merge(CheckedAnswers checked) {
            if (problems.isEmpty()) {
                return checked;
            }
            var fields = new HashSet<String>();
            problems.forEach(p -> fields.add(p.field()));
            var all = new ArrayList<>(problems);
            checked.problems().stream().filter(p -> !fields.contains(p.field())).forEach(all::add);
            return new CheckedAnswers(checked.answers(), List.copyOf(all));
        }
    }

    Received receive(SignedInAccount applicant, UUID draftId, Page page, Map<String, List<String>> input,
                     Map<String, Upload> files, Map<String, Object> answersSoFar) {
        var result = new HashMap<>(input);
        var problems = new ArrayList<FieldProblem>();
        for (var question : page.questions()) {
            if (question.type() != QuestionType.FILE) {
                continue;
            }
            var field = question.id();
            result.remove(field);
            result.remove(field + "-name");
            var upload = files.get(field);
            if (upload != null) {
                try {
                    var stored = documents.store(new NewDocument(upload, question.files(), field, applicant.id(), draftId, null, field));
                    result.put(field, List.of(stored.id().toString()));
                    result.put(field + "-name", List.of(stored.name()));
                    continue;
                } catch (InvalidInput refused) {
                    problems.addAll(refused.problems());
                }
            }
            // No new file, or a refused one: the question keeps the file it had, if that is still the draft's.
            if (answersSoFar.get(field) instanceof Map<?, ?> earlier && earlier.get("document") != null) {
                var id = String.valueOf(earlier.get("document"));
                if (isUuid(id) && documents.ofDraft(draftId, UUID.fromString(id)).isPresent()) {
                    result.put(field, List.of(id));
                    result.put(field + "-name", List.of(String.valueOf(earlier.get("name"))));
                }
            }
        }
        return new Received(result, List.copyOf(problems));
    }

    /** The draft became a case: the documents its answers name are the case's now, each on the timeline. */
    void sent(SignedInAccount applicant, UUID draftId, UUID caseId, Map<String, Object> answers) {
        var named = answers.values().stream()
                .filter(v -> v instanceof Map<?, ?> file && file.get("document") != null && isUuid(String.valueOf(file.get("document"))))
                .map(v -> UUID.fromString(String.valueOf(((Map<?, ?>) v).get("document"))))
                .toList();
        for (var document : documents.moveToCase(draftId, caseId, named)) {
            timelines.wrote(caseId, applicant.id(), "DOCUMENT", document.name(), true, true);
            audit.record(AuditEvent.change("DOCUMENT_ADDED", "DOCUMENT", document.id().toString(),
                    "Sent with the application", Map.of("case", caseId.toString(), "question", String.valueOf(document.questionId()))));
        }
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

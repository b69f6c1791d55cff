package org.frontdoor.cases.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import org.frontdoor.cases.AssigningCases;
import org.frontdoor.cases.CaseChangedMeanwhile;
import org.frontdoor.cases.CaseDetails;
import org.frontdoor.cases.Conversations;
import org.frontdoor.cases.IdempotencyKeyReused;
import org.frontdoor.cases.NewApplication;
import org.frontdoor.cases.ReadingCases;
import org.frontdoor.cases.SubmittedCase;
import org.frontdoor.cases.SubmittingApplication;
import org.frontdoor.cases.TakingTransitions;
import org.frontdoor.cases.Transition;
import org.frontdoor.cases.WorklistPage;
import org.frontdoor.cases.WorklistQuery;
import org.frontdoor.cases.WorklistRow;
import org.frontdoor.cases.Worklists;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.ApiController;
import org.frontdoor.platform.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Applications and cases over the API. */
@ApiController("/api/v1")
class CasesApi {

    private static final int MAX_KEY_LENGTH = 200;

    private final SubmittingApplication submitting;
    private final ReadingCases reading;
    private final TakingTransitions transitions;
    private final Conversations conversations;
    private final Worklists worklists;
    private final AssigningCases assigning;

    CasesApi(SubmittingApplication submitting, ReadingCases reading, TakingTransitions transitions, Conversations conversations,
             Worklists worklists, AssigningCases assigning) {
        this.assigning = assigning;
        this.submitting = submitting;
        this.reading = reading;
        this.transitions = transitions;
        this.conversations = conversations;
        this.worklists = worklists;
    }

    /**
     * Cases, a page at a time. Citizens get their own cases (and those made on their behalf),
     * newest first, with the status in their words. Staff get the cases of their teams (admins:
     * all), open ones unless {@code status=all}, filtered and sorted as asked; pass the
     * {@code next} of one page as {@code after} to get the following page.
     */
    @Operation(summary = "List cases, a page at a time",
            description = "Citizens: their own cases. Staff: their teams' cases, filtered and sorted; pass next as after for the "
                    + "following page. A filter that cannot apply (an unknown question, a broken cursor) is a 400 naming it.")
    @GetMapping("/cases")
    WorklistPage list(@AuthenticationPrincipal SignedInAccount reader,
                      @RequestParam(defaultValue = "TEAM") Worklists.View view,
                      @RequestParam(required = false) String service, @RequestParam(required = false) String state,
                      @RequestParam(required = false) String team, @RequestParam(required = false) UUID assignee,
                      @RequestParam(required = false) LocalDate submittedFrom, @RequestParam(required = false) LocalDate submittedTo,
                      @RequestParam(required = false) String answerField, @RequestParam(required = false) String answerValue,
                      @RequestParam(required = false) String q, @RequestParam(defaultValue = "open") String status,
                      @RequestParam(defaultValue = "DUE") WorklistQuery.Sort sort, @RequestParam(required = false) String after,
                      @RequestParam(defaultValue = "50") int limit) {
        if (!reader.isStaff()) {
            return new WorklistPage(reading.ownCases(reader).stream().map(CasesApi::citizenRow).toList(), null);
        }
        if (!status.equals("open") && !status.equals("all")) {
            throw InvalidInput.of("status", "status is 'open' or 'all'");
        }
        if (limit < 1 || limit > WorklistQuery.MAX_LIMIT) {
            throw InvalidInput.of("limit", "limit is 1 to " + WorklistQuery.MAX_LIMIT);
        }
        return worklists.worklist(reader, new WorklistQuery(view, service, state, team, assignee, submittedFrom, submittedTo,
                answerField, answerValue, q, status.equals("all"), sort, after, limit));
    }

    private static WorklistRow citizenRow(CaseDetails c) {
        return new WorklistRow(c.id(), c.reference(), c.serviceName(), c.state(), c.citizenStatus(), c.team(), c.dueOn(),
                c.submittedAt(), false, null, null);
    }

    /** Takes the case (when {@code assignee} is your own id) or hands it to someone in its team; null: nobody. */
    @Operation(summary = "Take a case or hand it on",
            description = "204 when done; 409 when the case is no longer held by seenHolder; 400 when the person may not hand it "
                    + "on or the assignee is not in the case's team; 404 when the case is not yours to see.")
    @PostMapping("/cases/{id}/assignment")
    ResponseEntity<Void> assign(@AuthenticationPrincipal SignedInAccount staff, @PathVariable UUID id,
                                @RequestBody AssignmentRequest request) {
        assigning.assign(staff, id, request.seenHolder(), request.assignee());
        return ResponseEntity.noContent().build();
    }

    /**
     * Who should hold the case, and who you last saw holding it (null: nobody); if that has
     * changed meanwhile the answer is 409 and nothing changes.
     */
    record AssignmentRequest(UUID assignee, UUID seenHolder) {
    }

    /** Posts a message on the case that the applicant and staff both see; messages come back in the case's timeline. */
    @PostMapping("/cases/{id}/messages")
    ResponseEntity<Void> message(@AuthenticationPrincipal SignedInAccount author, @PathVariable UUID id,
                                 @RequestBody MessageRequest request) {
        conversations.message(author, id, request.text());
        return ResponseEntity.noContent().build();
    }

    /** A message's text. */
    record MessageRequest(String text) {
    }

    /**
     * Takes a life-cycle transition. {@code expectedVersion} is the {@code version} of the case as
     * last read: if anyone changed the case since, the answer is 409 and nothing changes.
     */
    @Operation(summary = "Take a life-cycle transition",
            description = "The case as it stands afterwards; 409 when the case changed since expectedVersion; 400 listing the "
                    + "fields a transition needs (note, decision).")
    @PostMapping("/cases/{id}/transitions")
    CaseDetails transition(@AuthenticationPrincipal SignedInAccount actor, @PathVariable UUID id,
                           @RequestBody TransitionRequest request) {
        if (request.transition() == null || request.expectedVersion() == null) {
            throw new InvalidInput(List.of(
                    new InvalidInput.FieldProblem("transition", "Say which transition to take"),
                    new InvalidInput.FieldProblem("expectedVersion", "Give the version of the case you last read")));
        }
        return transitions.take(actor, new Transition(id, request.transition(), request.expectedVersion(), request.note(),
                request.decision(), null, request.documentId()));
    }

    @ExceptionHandler(CaseChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(CaseChangedMeanwhile conflict) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage()));
    }

    /**
     * A transition to take, from the version of the case the caller last read; {@code documentId}
     * names a document already sent to the case, for transitions that need one.
     */
    record TransitionRequest(String transition, Integer expectedVersion, String note, String decision, UUID documentId) {
    }

    /**
     * Submits an application as the signed-in citizen. Send an {@code Idempotency-Key} header (any
     * unique text up to 200 characters) so that a retry never creates a second case: the retry
     * gets the first case back, with {@code Idempotent-Replayed: true}. A service that is paused
     * answers 409, a retired one 410 (see {@link ClosedServiceProblems}).
     */
    @Operation(summary = "Submit an application",
            description = "201 with the new case; a retry with the same Idempotency-Key returns the first case "
                    + "(Idempotent-Replayed: true); 400 listing each invalid answer; 422 when the key was used for other answers; "
                    + "409 while the service is paused and 410 once it is retired, with the service's message.")
    @PostMapping("/applications")
    ResponseEntity<SubmittedCase> submit(@AuthenticationPrincipal SignedInAccount applicant,
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                         @RequestBody ApplicationRequest request) {
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            throw InvalidInput.of("Idempotency-Key", "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (request.service() == null || request.service().isBlank()) {
            throw InvalidInput.of("service", "Say which service this application is for");
        }
        var submitted = submitting.submit(new NewApplication(request.service(), applicant.id(),
                request.answers() == null ? Map.of() : request.answers(), key));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + submitted.id()))
                .header("Idempotent-Replayed", String.valueOf(submitted.replayed()))
                .body(submitted);
    }

    @GetMapping("/cases/{id}")
    CaseDetails read(@AuthenticationPrincipal SignedInAccount reader, @PathVariable UUID id) {
        return reading.read(reader, id).orElseThrow(() -> new NotFound("No case " + id));
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReused reused) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, reused.getMessage()));
    }

    /** The body of an application: the service's id and the answers by question id. */
    record ApplicationRequest(String service, Map<String, Object> answers) {
    }
}

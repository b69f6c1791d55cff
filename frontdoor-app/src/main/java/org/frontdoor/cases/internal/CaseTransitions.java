package org.frontdoor.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.CaseChangedMeanwhile;
import org.frontdoor.cases.CaseDetails;
import org.frontdoor.cases.CaseTransitioned;
import org.frontdoor.cases.TakingTransitions;
import org.frontdoor.cases.Transition;
import org.frontdoor.cases.internal.Cases.StoredCase;
import org.frontdoor.documents.Documents;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.FieldChecks;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.ServiceDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CaseTransitions implements TakingTransitions {

    static final int MAX_NOTE_LENGTH = 5_000;

    private final Cases cases;
    private final CaseReads reads;
    private final Timelines timelines;
    private final ServiceCatalogue catalogue;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Documents documents;
    private final CaseDocumentAccess caseDocuments;

    CaseTransitions(Cases cases, CaseReads reads, Timelines timelines, ServiceCatalogue catalogue, AuditLog audit,
                    ApplicationEventPublisher events, Documents documents, CaseDocumentAccess caseDocuments) {
        this.documents = documents;
        this.caseDocuments = caseDocuments;
        this.cases = cases;
        this.reads = reads;
        this.timelines = timelines;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceDefinition.Transition> available(SignedInAccount actor, UUID caseId) {
        var c = visible(actor, caseId);
        var service = service(c);
        return service.lifecycle().from(c.state()).stream().filter(t -> allowed(actor, c, t)).toList();
    }

    @Override
    @Transactional
    public CaseDetails take(SignedInAccount actor, Transition request) {
        var c = visible(actor, request.caseId());
        if (c.version() != request.expectedVersion()) {
            // Whatever else is wrong, the person decided on a case that has since changed.
            throw new CaseChangedMeanwhile(c.reference());
        }
        var service = service(c);
        var checks = new FieldChecks();
        var transition = service.lifecycle().transitions().stream().filter(t -> t.id().equals(request.transitionId())).findFirst();
        if (transition.isEmpty() || !transition.get().from().contains(c.state()) || !allowed(actor, c, transition.get())) {
            checks.reject("transition", "This action cannot be taken on the case as it stands now");
            checks.throwIfAny();
        }
        var step = transition.orElseThrow();
        var note = request.note() == null ? "" : request.note().strip();
        var decision = request.decision() == null ? "" : request.decision().strip();
        if (step.requires().contains("note") && note.isEmpty()) {
            checks.reject("note", "Enter a note to say why");
        } else if (note.length() > MAX_NOTE_LENGTH) {
            checks.reject("note", "Note must be " + MAX_NOTE_LENGTH + " characters or fewer");
        }
        if (step.requires().contains("decision") && decision.isEmpty()) {
            checks.reject("decision", "Enter the decision");
        } else if (decision.length() > 200) {
            checks.reject("decision", "Decision must be 200 characters or fewer");
        }
        var documentGiven = request.document() != null || request.documentId() != null;
        if (step.requires().contains("document") && !documentGiven) {
            checks.reject("transitionDocument", "Attach the document this action needs, such as the decision letter");
        } else if (request.documentId() != null && documents.ofCase(c.id()).stream().noneMatch(d -> d.id().equals(request.documentId()))) {
            checks.reject("transitionDocument", "That document is not on this case; send it to the case first");
        }
        checks.throwIfAny();
        var target = service.lifecycle().state(step.to()).orElseThrow();
        var dueOn = target.slaWorkingDays() == null || target.waitingOnCitizen() ? null
                : catalogue.calendar(service.calendar()).addWorkingDays(LocalDate.now(ApplicationIntake.LONDON), target.slaWorkingDays());
        if (!cases.moveTo(c.id(), request.expectedVersion(), target.id(), dueOn, !target.terminal())) {
            throw new CaseChangedMeanwhile(c.reference());
        }
        if (request.document() != null) {
            // Refused files (wrong kind, infected) throw here and the move above rolls back with them.
            caseDocuments.add(actor, c.id(), request.document(), "transitionDocument");
        }
        var text = decision.isEmpty() ? note : (note.isEmpty() ? "Decision: " + decision : "Decision: " + decision + ". " + note);
        boolean citizenSees = step.notifyCitizen() || step.roles().contains("CITIZEN");
        timelines.transitioned(c.id(), actor.id(), c.state(), target.id(), step.id(), text.isEmpty() ? null : text, citizenSees,
                actor.kind() == AccountKind.CITIZEN);
        audit.record(AuditEvent.change("TRANSITIONED", "CASE", c.id().toString(), "Casework on case " + c.reference(),
                Map.of("transition", step.id(), "from", c.state(), "to", target.id())));
        events.publishEvent(new CaseTransitioned(c.id(), c.reference(), step.id(), c.state(), target.id(), actor.id(),
                step.notifyCitizen()));
        return reads.details(c.id(), actor.kind() == AccountKind.CITIZEN);
    }

    private StoredCase visible(SignedInAccount actor, UUID caseId) {
        return cases.byId(caseId).filter(c -> reads.maySee(actor, c)).orElseThrow(() -> new NotFound("No case " + caseId));
    }

    private ServiceDefinition service(StoredCase c) {
        return catalogue.version(c.serviceId(), c.serviceVersion())
                .orElseThrow(() -> new IllegalStateException("Service " + c.serviceId() + " version " + c.serviceVersion() + " is not loaded"));
    }

    /**
     * CITIZEN in a transition's roles means the citizens who may see the case (the applicant, and
     * the person a carer applied for); staff roles mean staff who may see the case.
     */
    private static boolean allowed(SignedInAccount actor, StoredCase c, ServiceDefinition.Transition t) {
        if (actor.kind() == AccountKind.CITIZEN) {
            return t.roles().contains("CITIZEN");
        }
        return actor.roles().stream().anyMatch(role -> t.roles().contains(role.name()));
    }
}

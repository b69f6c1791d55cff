package org.frontdoor.cases.internal;

import java.util.Map;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.Conversations;
import org.frontdoor.cases.MessagePosted;
import org.frontdoor.cases.internal.Cases.StoredCase;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.FieldChecks;
import org.frontdoor.platform.web.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CaseMessages implements Conversations {

    private final Cases cases;
    private final CaseReads reads;
    private final Timelines timelines;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CaseMessages(Cases cases, CaseReads reads, Timelines timelines, AuditLog audit, ApplicationEventPublisher events) {
        this.cases = cases;
        this.reads = reads;
        this.timelines = timelines;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional
    public void message(SignedInAccount author, UUID caseId, String text) {
        var c = visible(author, caseId);
        var message = checked(text, "message", "Enter your message");
        var byCitizen = author.kind() == AccountKind.CITIZEN;
        timelines.wrote(c.id(), author.id(), "MESSAGE", message, true, byCitizen);
        audit.record(AuditEvent.change("MESSAGED", "CASE", c.id().toString(), "Message on case " + c.reference(),
                Map.of("length", message.length())));
        events.publishEvent(new MessagePosted(c.id(), c.reference(), author.id(), byCitizen));
    }

    @Override
    @Transactional
    public void internalNote(SignedInAccount author, UUID caseId, String text) {
        if (author.kind() == AccountKind.CITIZEN) {
            throw new NotFound("No case " + caseId);
        }
        var c = visible(author, caseId);
        var note = checked(text, "internalNote", "Enter the note");
        timelines.wrote(c.id(), author.id(), "NOTE", note, false, false);
        audit.record(AuditEvent.change("NOTED", "CASE", c.id().toString(), "Casework on case " + c.reference(), Map.of()));
    }

    private StoredCase visible(SignedInAccount author, UUID caseId) {
        return cases.byId(caseId).filter(c -> reads.maySee(author, c)).orElseThrow(() -> new NotFound("No case " + caseId));
    }

    private static String checked(String text, String field, String emptyMessage) {
        var stripped = text == null ? "" : text.strip();
        var checks = new FieldChecks();
        if (stripped.isEmpty()) {
            checks.reject(field, emptyMessage);
        } else if (stripped.length() > MAX_LENGTH) {
            checks.reject(field, "Write " + MAX_LENGTH + " characters or fewer");
        }
        checks.throwIfAny();
        return stripped;
    }
}

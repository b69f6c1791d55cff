package org.frontdoor.audit.internal;

import java.util.List;
import org.frontdoor.audit.ActedEvent;
import org.frontdoor.audit.AuditActor;
import org.frontdoor.audit.AuditEntry;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.audit.AuditQuery;
import org.frontdoor.audit.ChainVerification;
import org.frontdoor.platform.web.RequestIds;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordedAuditLog implements AuditLog {

    private static final AuditActor ANONYMOUS = new NamedActor("anonymous", "Anonymous visitor");

    private final AuditEntries entries;
    private final ChainSealer sealer;
    private final ChainVerifier verifier;

    RecordedAuditLog(AuditEntries entries, ChainSealer sealer, ChainVerifier verifier) {
        this.entries = entries;
        this.sealer = sealer;
        this.verifier = verifier;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEvent event) {
        record(currentActor(), event);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<AuditEvent> events) {
        if (!events.isEmpty()) {
            var actor = currentActor();
            var requestId = RequestIds.current();
            entries.insertEach(events.stream().map(event -> new ActedEvent(actor, requestId, event)).toList());
        }
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditActor actor, AuditEvent event) {
        entries.insert(actor.auditActorId(), actor.auditActorName(), event.action(), event.subjectType(),
                event.subjectId(), event.purpose(), event.details(), RequestIds.current());
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordEach(List<ActedEvent> events) {
        if (!events.isEmpty()) {
            entries.insertEach(events);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query) {
        return entries.search(query);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> about(String subjectType, String subjectId, int limit) {
        return entries.about(subjectType, subjectId, limit);
    }

    @Override
    public int sealPending() {
        return sealer.sealAll();
    }

    @Override
    public ChainVerification verify() {
        return verifier.verify();
    }

    @Override
    public AuditActor currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
            return actor;
        }
        return ANONYMOUS;
    }

    record NamedActor(String auditActorId, String auditActorName) implements AuditActor {
    }
}

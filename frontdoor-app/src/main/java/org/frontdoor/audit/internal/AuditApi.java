package org.frontdoor.audit.internal;

import java.util.List;
import java.util.Map;
import org.frontdoor.audit.AuditEntry;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.audit.AuditQuery;
import org.frontdoor.audit.ChainVerification;
import org.frontdoor.platform.web.ApiController;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log over the API, for admins and monitoring: search, and chain verification. */
@ApiController("/api/v1/audit")
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    /** Seals what is pending, then checks the whole chain; the answer names the first broken link. */
    @PostMapping("/verification")
    ChainVerification verify() {
        audit.sealPending();
        return audit.verify();
    }

    @GetMapping("/entries")
    @Transactional
    List<AuditEntry> entries(@RequestParam(required = false) String q, @RequestParam(required = false) String action,
                             @RequestParam(required = false) String subjectType, @RequestParam(defaultValue = "0") int page) {
        var entries = audit.search(new AuditQuery(q, action, subjectType, null, null, page));
        audit.record(new AuditEvent("SEARCHED", "AUDIT_LOG", null, "Audit review",
                Map.of("text", q == null ? "" : q, "page", page)));
        return entries;
    }
}

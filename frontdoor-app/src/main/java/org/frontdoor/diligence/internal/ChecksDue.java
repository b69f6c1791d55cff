package org.frontdoor.diligence.internal;

import org.frontdoor.cases.CaseSubmitted;

/** A submitted case whose service asks for due-diligence checks: the outbox entry that gets them run. */
record ChecksDue(CaseSubmitted submitted) {
}

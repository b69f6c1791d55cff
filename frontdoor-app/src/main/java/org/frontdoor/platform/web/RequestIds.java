package org.frontdoor.platform.web;

import org.slf4j.MDC;

/** The id of the request being served, carried in the logging context so every log line and audit entry names it. */
public final class RequestIds {

    static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}

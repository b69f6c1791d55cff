package org.frontdoor.documents.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.frontdoor.documents.FileRules;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an upload bigger than any question accepts with the "file too big" page (413) before
 * anything reads it. Without this, the servlet container would give up parsing the request, the
 * CSRF token inside it would be lost, and the person would see "forbidden" instead of the reason.
 * Smaller uploads over a question's own limit are refused on the page, next to the question.
 * The container still reads and discards the rest of the body ({@code server.tomcat.max-swallow-size}),
 * so the browser gets the page rather than a reset connection.
 */
final class OversizedUploads extends OncePerRequestFilter {

    /** The largest file plus room for the form's other fields. */
    static final long LARGEST_REQUEST = FileRules.LARGEST + FileRules.MEGABYTE;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") && request.getContentLengthLong() > LARGEST_REQUEST) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Before Spring Security, whose CSRF check would otherwise read the body first. */
        @Bean
        FilterRegistrationBean<OversizedUploads> oversizedUploads() {
            var registration = new FilterRegistrationBean<>(new OversizedUploads());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
            return registration;
        }
    }
}

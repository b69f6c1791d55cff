package org.frontdoor.documents.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
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
            tooLarge(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Shows the error page for 413 by forwarding to it as a bodiless GET: an error dispatch of the
     * original request would make the dispatcher parse the multipart body it is refusing.
     */
    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.CONTENT_TOO_LARGE.value());
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "Upload larger than " + LARGEST_REQUEST + " bytes");
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        request.getRequestDispatcher("/error").forward(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getContentType() {
                return null;
            }

            @Override
            public String getHeader(String name) {
                return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        }, response);
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

package org.frontdoor.cases.internal;

import java.net.URI;
import java.util.Locale;
import org.frontdoor.platform.web.ApiController;
import org.frontdoor.platform.web.RequestIds;
import org.frontdoor.services.ServiceNotTakingApplications;
import org.frontdoor.services.ServiceStatus;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An application over the API to a paused service is a 409 (try again when it opens), to a retired
 * one a 410 (it will not come back). Ordered first, before the API's catch-all for the unexpected.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClosedServiceProblems {

    @ExceptionHandler(ServiceNotTakingApplications.class)
    ResponseEntity<ProblemDetail> notTakingApplications(ServiceNotTakingApplications refused) {
        var availability = refused.availability();
        var status = availability.status() == ServiceStatus.RETIRED ? HttpStatus.GONE : HttpStatus.CONFLICT;
        var problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setType(URI.create("https://frontdoor.invalid/problems/service-not-taking-applications"));
        problem.setTitle("Service not taking applications");
        problem.setProperty("service", availability.serviceId());
        problem.setProperty("serviceStatus", availability.status().name().toLowerCase(Locale.ROOT));
        if (availability.message() != null) {
            problem.setProperty("message", availability.message());
        }
        problem.setProperty("requestId", RequestIds.current());
        return ResponseEntity.status(status).body(problem);
    }
}

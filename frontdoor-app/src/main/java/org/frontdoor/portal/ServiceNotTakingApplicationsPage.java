package org.frontdoor.portal;

import org.frontdoor.services.ServiceNotTakingApplications;
import org.frontdoor.services.ServiceStatus;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Starting or sending an application to a paused or retired service: a page that says so, with the
 * admin's message, and that the answers saved so far are kept.
 */
@ControllerAdvice(assignableTypes = ApplyPages.class)
class ServiceNotTakingApplicationsPage {

    @ExceptionHandler(ServiceNotTakingApplications.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(ServiceNotTakingApplications refused, Model model) {
        model.addAttribute("serviceName", refused.serviceName());
        model.addAttribute("retired", refused.availability().status() == ServiceStatus.RETIRED);
        model.addAttribute("message", refused.availability().message());
        return "portal/service-not-taking-applications";
    }
}

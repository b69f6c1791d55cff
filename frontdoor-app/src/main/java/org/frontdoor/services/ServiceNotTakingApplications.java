package org.frontdoor.services;

/**
 * Starting or sending an application to a service that is paused or retired. What was saved so far
 * is kept: the refusal changes nothing.
 */
public class ServiceNotTakingApplications extends RuntimeException {

    private final transient ServiceAvailability availability;
    private final String serviceName;

    public ServiceNotTakingApplications(String serviceName, ServiceAvailability availability) {
        super(availability.status() == ServiceStatus.RETIRED
                ? "'" + serviceName + "' has closed and no longer takes applications"
                : "'" + serviceName + "' is not taking applications at the moment"
                  + (availability.message() == null ? "" : ": " + availability.message()));
        this.serviceName = serviceName;
        this.availability = availability;
    }

    public ServiceAvailability availability() {
        return availability;
    }

    public String serviceName() {
        return serviceName;
    }
}

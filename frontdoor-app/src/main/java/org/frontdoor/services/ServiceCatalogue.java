package org.frontdoor.services;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services this deployment offers, and what was wrong with definitions that could not be used:
 * the built-in definition files, those in the configured directory and the versions admins uploaded.
 * Every node sees an upload or a status change within about a second.
 */
public interface ServiceCatalogue {

    /** The newest version of every service whose definition is valid, by name, whatever its status. */
    List<ServiceDefinition> services();

    /** What citizens are offered to start: the newest version of every listed service that is not retired, by name. */
    List<ServiceDefinition> offered();

    /** Each known service's status; a service nobody changed is open. */
    ServiceAvailability availability(String serviceId);

    /** The status of every service that is not open, by service id. */
    Map<String, ServiceAvailability> notOpen();

    /**
     * Refuses a new application (starting one, or sending one) to a service that is paused or retired.
     *
     * @throws ServiceNotTakingApplications when the service is not open
     */
    default void checkTakingApplications(String serviceId) {
        var availability = availability(serviceId);
        if (!availability.takesApplications()) {
            var name = latest(serviceId).map(ServiceDefinition::name).orElse(serviceId);
            throw new ServiceNotTakingApplications(name, availability);
        }
    }

    Optional<ServiceDefinition> latest(String serviceId);

    /** A specific version, for cases started under it. */
    Optional<ServiceDefinition> version(String serviceId, int version);

    /** Problems in definition files that were refused; the valid files are served regardless. */
    List<DefinitionProblem> problems();

    /** The working-day calendar a service's SLAs use. */
    WorkingCalendar calendar(String name);
}

package org.frontdoor.services;

import java.util.List;
import java.util.Optional;

/** The services this deployment offers, and what was wrong with definitions that could not be used. */
public interface ServiceCatalogue {

    /** The newest version of every service whose definition is valid, by name. */
    List<ServiceDefinition> services();

    Optional<ServiceDefinition> latest(String serviceId);

    /** A specific version, for cases started under it. */
    Optional<ServiceDefinition> version(String serviceId, int version);

    /** Problems in definition files that were refused; the valid files are served regardless. */
    List<DefinitionProblem> problems();

    /** The working-day calendar a service's SLAs use. */
    WorkingCalendar calendar(String name);
}

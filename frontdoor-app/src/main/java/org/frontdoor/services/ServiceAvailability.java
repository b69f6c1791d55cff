package org.frontdoor.services;

import java.time.Instant;

/**
 * A service's status as an admin last set it. A service nobody has changed is open.
 *
 * @param message   what citizens are told while the service is paused, or null for the standard words
 * @param changedBy who last changed the status, or null when it never changed
 */
public record ServiceAvailability(String serviceId, ServiceStatus status, String message, String changedBy, Instant changedAt) {

    public static ServiceAvailability open(String serviceId) {
        return new ServiceAvailability(serviceId, ServiceStatus.OPEN, null, null, null);
    }

    public boolean takesApplications() {
        return status == ServiceStatus.OPEN;
    }
}

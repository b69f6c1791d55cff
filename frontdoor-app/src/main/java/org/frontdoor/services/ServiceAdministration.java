package org.frontdoor.services;

import java.time.Instant;
import java.util.List;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;

/**
 * What admins do with services: see every version and where it came from, publish a new version
 * by uploading its definition, and open, pause or retire a service. Every change is audited and
 * reaches every node within about a second.
 */
public interface ServiceAdministration {

    /** Every service with a valid version, by name, with all its versions (oldest first) and its status. */
    List<AdministeredService> services();

    /** Problems of definitions that were refused: built-in files, the directory's, and stored uploads. */
    List<DefinitionProblem> refused();

    /**
     * Checks and stores a new version. Nothing is stored unless the whole definition is valid and its
     * version is higher than every version of the service so far. New applications use it at once;
     * cases keep the version they started with.
     *
     * @param fileName the uploaded file's name (or a description such as "pasted definition"), used in problems
     * @throws InvalidDefinition with every problem, each naming the line and the field
     */
    ServiceDefinition upload(SignedInAccount admin, String fileName, String yaml);

    /**
     * Opens, pauses or retires a service.
     *
     * @param message what citizens are told while it is paused (optional; ignored otherwise)
     * @throws InvalidInput when the message is too long
     * @throws org.frontdoor.platform.web.NotFound when there is no such service
     */
    ServiceAvailability changeStatus(SignedInAccount admin, String serviceId, ServiceStatus status, String message);

    /** A service as admins see it. */
    record AdministeredService(String id, String name, List<PublishedVersion> versions, ServiceAvailability availability) {

        public PublishedVersion newest() {
            return versions.getLast();
        }
    }

    /**
     * One version and where it came from.
     *
     * @param source     the file name (built-in or directory) or the uploaded file's name
     * @param uploadedBy who uploaded it, for uploaded versions only
     */
    record PublishedVersion(int version, String name, Origin origin, String source, String uploadedBy, Instant uploadedAt) {
    }

    /** Where a version came from. */
    enum Origin {
        BUILT_IN("Built in"), DIRECTORY("Definitions folder"), UPLOADED("Uploaded");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

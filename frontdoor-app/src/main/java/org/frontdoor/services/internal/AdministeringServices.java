package org.frontdoor.services.internal;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.services.DefinitionProblem;
import org.frontdoor.services.InvalidDefinition;
import org.frontdoor.services.ServiceAdministration;
import org.frontdoor.services.ServiceAvailability;
import org.frontdoor.services.ServiceDefinition;
import org.frontdoor.services.ServiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class AdministeringServices implements ServiceAdministration {

    private static final Logger log = LoggerFactory.getLogger(AdministeringServices.class);
    static final int MAX_MESSAGE_LENGTH = 500;
    private static final int MAX_FILE_NAME_LENGTH = 200;
    private static final String PURPOSE = "Service administration";
    private static final Pattern VERSION_LINE = Pattern.compile("^version\\s*:");

    private final LiveCatalogue catalogue;
    private final StoredServices stored;
    private final AuditLog audit;

    AdministeringServices(LiveCatalogue catalogue, StoredServices stored, AuditLog audit) {
        this.catalogue = catalogue;
        this.stored = stored;
        this.audit = audit;
    }

    @Override
    public List<AdministeredService> services() {
        return catalogue.current().administered();
    }

    @Override
    public List<DefinitionProblem> refused() {
        return catalogue.current().problems();
    }

    @Override
    @Transactional
    public ServiceDefinition upload(SignedInAccount admin, String fileName, String yaml) {
        var name = fileName(fileName);
        var definition = DefinitionReader.read(name, new StringReader(yaml == null ? "" : yaml));
        stored.raiseGeneration(); // holds the lock until commit: a concurrent upload waits and then sees this one
        int newest = Math.max(catalogue.current().newestVersion(definition.id()),
                stored.newestUploadedVersion(definition.id()).orElse(0));
        if (definition.version() <= newest) {
            throw new InvalidDefinition(List.of(new DefinitionProblem(name, versionLine(yaml), "version",
                    "Version " + definition.version() + " is not higher than the newest version of '" + definition.id()
                    + "', which is " + newest + "; give this one version " + (newest + 1) + " or higher")));
        }
        stored.insert(definition.id(), definition.version(), name, yaml, admin.id(), admin.displayName());
        var details = new LinkedHashMap<String, Object>();
        details.put("version", definition.version());
        details.put("file", name);
        audit.record(AuditEvent.change("SERVICE_VERSION_UPLOADED", "SERVICE", definition.id(), PURPOSE, details));
        refreshAfterCommit();
        return definition;
    }

    @Override
    @Transactional
    public ServiceAvailability changeStatus(SignedInAccount admin, String serviceId, ServiceStatus status, String message) {
        if (catalogue.current().latest(serviceId).isEmpty()) {
            throw new NotFound("There is no service '" + serviceId + "'");
        }
        var text = status != ServiceStatus.PAUSED || message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.length() > MAX_MESSAGE_LENGTH) {
            throw InvalidInput.of("message", "The message must be " + MAX_MESSAGE_LENGTH + " characters or fewer");
        }
        stored.raiseGeneration();
        var availability = stored.setStatus(serviceId, status, text, admin.id(), admin.displayName());
        var details = new LinkedHashMap<String, Object>();
        details.put("status", status.name().toLowerCase(Locale.ROOT));
        if (text != null) {
            details.put("message", text);
        }
        var action = switch (status) {
            case OPEN -> "SERVICE_OPENED";
            case PAUSED -> "SERVICE_PAUSED";
            case RETIRED -> "SERVICE_RETIRED";
        };
        audit.record(AuditEvent.change(action, "SERVICE", serviceId, PURPOSE, details));
        refreshAfterCommit();
        return availability;
    }

    /** This node serves the change from the next request on; the others within a second. */
    private void refreshAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    catalogue.refresh();
                } catch (RuntimeException e) {
                    // The change is committed; the next generation check picks it up.
                    log.warn("Cannot refresh the service catalogue after a change: {}", e.getMessage());
                }
            }
        });
    }

    private static String fileName(String given) {
        if (given == null || given.isBlank()) {
            return "pasted definition";
        }
        var name = given.strip().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() > MAX_FILE_NAME_LENGTH ? name.substring(0, MAX_FILE_NAME_LENGTH) : name;
    }

    private static int versionLine(String yaml) {
        var lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (VERSION_LINE.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 1;
    }
}

package org.frontdoor.services.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.frontdoor.services.DefinitionProblem;
import org.frontdoor.services.InvalidDefinition;
import org.frontdoor.services.ServiceAvailability;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.ServiceDefinition;
import org.frontdoor.services.WorkingCalendar;
import org.frontdoor.services.internal.CatalogueSnapshot.ParsedUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue every request reads: the definition files read at start-up plus the uploaded
 * versions and statuses in the database. Reads never touch the database; they use the current
 * {@link CatalogueSnapshot}. Each node checks the database's generation every second, and rebuilds
 * the snapshot only when it moved; the node that made a change rebuilds as soon as it commits.
 * Uploaded rows never change, so each is read from YAML once per node.
 */
@Service
class LiveCatalogue implements ServiceCatalogue {

    private static final Logger log = LoggerFactory.getLogger(LiveCatalogue.class);

    private final DefinitionFiles files;
    private final StoredServices stored;
    private final Map<String, ParsedUpload> parsed = new ConcurrentHashMap<>();
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile CatalogueSnapshot current;

    LiveCatalogue(ServicesSettings settings, JsonMapper json, StoredServices stored) throws IOException {
        this.files = new DefinitionFiles(settings, json);
        this.stored = stored;
    }

    CatalogueSnapshot current() {
        var snapshot = current;
        return snapshot != null ? snapshot : refresh();
    }

    /** Reads the uploads and statuses again and swaps the snapshot in one step. */
    CatalogueSnapshot refresh() {
        refreshing.lock();
        try {
            var generation = stored.generation();
            var uploads = stored.uploads().stream().map(this::parse).toList();
            var snapshot = new CatalogueSnapshot(generation, files.loaded(), files.problems(), uploads, stored.statuses());
            current = snapshot;
            return snapshot;
        } finally {
            refreshing.unlock();
        }
    }

    /** Picks up changes made on other nodes: one primary-key read a second while nothing changes. */
    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void refreshWhenChanged() {
        try {
            var snapshot = current;
            if (snapshot == null || stored.generation() != snapshot.generation()) {
                refresh();
            }
        } catch (DataAccessException e) {
            log.warn("Cannot check the service catalogue for changes; serving what was read before: {}", e.getMessage());
        }
    }

    private ParsedUpload parse(StoredServices.Upload upload) {
        return parsed.computeIfAbsent(upload.serviceId() + "@" + upload.version(), key -> {
            try {
                var definition = DefinitionReader.read(upload.fileName(), new StringReader(upload.source()));
                if (!definition.id().equals(upload.serviceId()) || definition.version() != upload.version()) {
                    throw new InvalidDefinition(List.of(new DefinitionProblem(upload.fileName(), 1, "id",
                            "Stored as '" + upload.serviceId() + "' version " + upload.version() + " but the definition says otherwise")));
                }
                return new ParsedUpload(upload, definition, List.of());
            } catch (InvalidDefinition invalid) {
                // Stored when valid, so this means the rules became stricter since: refuse it, serve the rest.
                invalid.problems().forEach(problem -> log.error("Uploaded service definition refused: {}", problem));
                return new ParsedUpload(upload, null, invalid.problems());
            }
        });
    }

    @Override
    public List<ServiceDefinition> services() {
        return current().services();
    }

    @Override
    public List<ServiceDefinition> offered() {
        return current().offered();
    }

    @Override
    public Optional<ServiceDefinition> latest(String serviceId) {
        return current().latest(serviceId);
    }

    @Override
    public Optional<ServiceDefinition> version(String serviceId, int version) {
        return current().version(serviceId, version);
    }

    @Override
    public ServiceAvailability availability(String serviceId) {
        return current().availability(serviceId);
    }

    @Override
    public Map<String, ServiceAvailability> notOpen() {
        return current().notOpen();
    }

    @Override
    public List<DefinitionProblem> problems() {
        return current().problems();
    }

    @Override
    public WorkingCalendar calendar(String name) {
        return files.calendar(name);
    }
}

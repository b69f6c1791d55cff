package org.frontdoor.services.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.frontdoor.services.DefinitionProblem;
import org.frontdoor.services.ServiceAdministration.AdministeredService;
import org.frontdoor.services.ServiceAdministration.Origin;
import org.frontdoor.services.ServiceAdministration.PublishedVersion;
import org.frontdoor.services.ServiceAvailability;
import org.frontdoor.services.ServiceDefinition;
import org.frontdoor.services.ServiceStatus;

/**
 * The whole catalogue at one moment, immutable, so every read on the hot path is a map lookup with
 * no locking. Uploaded versions come first: they are the stored record that cases may already use,
 * so a definition file that claims the same version is the one refused. Plain Java.
 */
final class CatalogueSnapshot {

    private final long generation;
    private final Map<String, TreeMap<Integer, Published>> versions = new HashMap<>();
    private final List<DefinitionProblem> problems = new ArrayList<>();
    private final Map<String, ServiceAvailability> statuses = new HashMap<>();
    private final List<ServiceDefinition> newest;
    private final List<ServiceDefinition> offered;

    CatalogueSnapshot(long generation, List<DefinitionFiles.LoadedFile> files, List<DefinitionProblem> fileProblems,
                      List<ParsedUpload> uploads, List<ServiceAvailability> statuses) {
        this.generation = generation;
        for (var upload : uploads) {
            if (upload.definition() == null) {
                problems.addAll(upload.problems());
                continue;
            }
            var stored = upload.upload();
            add(upload.definition(), new PublishedVersion(stored.version(), upload.definition().name(), Origin.UPLOADED,
                    stored.fileName(), stored.uploadedBy(), stored.uploadedAt()));
        }
        for (var file : files) {
            var definition = file.definition();
            if (versions.getOrDefault(definition.id(), new TreeMap<>()).containsKey(definition.version())) {
                problems.add(new DefinitionProblem(file.fileName(), 1, "version", "Service '" + definition.id()
                        + "' already has an uploaded version " + definition.version() + "; raise the version"));
                continue;
            }
            add(definition, new PublishedVersion(definition.version(), definition.name(), file.origin(), file.fileName(), null, null));
        }
        problems.addAll(0, fileProblems);
        statuses.forEach(status -> this.statuses.put(status.serviceId(), status));
        this.newest = versions.values().stream().map(v -> v.lastEntry().getValue().definition())
                .sorted(Comparator.comparing(ServiceDefinition::name)).toList();
        this.offered = newest.stream().filter(s -> s.listed() && availability(s.id()).status() != ServiceStatus.RETIRED).toList();
    }

    private void add(ServiceDefinition definition, PublishedVersion published) {
        versions.computeIfAbsent(definition.id(), id -> new TreeMap<>()).put(definition.version(), new Published(definition, published));
    }

    long generation() {
        return generation;
    }

    List<ServiceDefinition> services() {
        return newest;
    }

    List<ServiceDefinition> offered() {
        return offered;
    }

    Optional<ServiceDefinition> latest(String serviceId) {
        var known = versions.get(serviceId);
        return known == null ? Optional.empty() : Optional.of(known.lastEntry().getValue().definition());
    }

    Optional<ServiceDefinition> version(String serviceId, int version) {
        var known = versions.get(serviceId);
        var found = known == null ? null : known.get(version);
        return found == null ? Optional.empty() : Optional.of(found.definition());
    }

    int newestVersion(String serviceId) {
        var known = versions.get(serviceId);
        return known == null ? 0 : known.lastKey();
    }

    ServiceAvailability availability(String serviceId) {
        var status = statuses.get(serviceId);
        return status == null ? ServiceAvailability.open(serviceId) : status;
    }

    Map<String, ServiceAvailability> notOpen() {
        var notOpen = new HashMap<String, ServiceAvailability>();
        statuses.values().stream().filter(s -> !s.takesApplications()).forEach(s -> notOpen.put(s.serviceId(), s));
        return Map.copyOf(notOpen);
    }

    List<DefinitionProblem> problems() {
        return List.copyOf(problems);
    }

    List<AdministeredService> administered() {
        return newest.stream().map(s -> new AdministeredService(s.id(), s.name(),
                versions.get(s.id()).values().stream().map(Published::published).toList(), availability(s.id()))).toList();
    }

    private record Published(ServiceDefinition definition, PublishedVersion published) {
    }

    /** A stored upload after reading: either its definition or its problems. */
    record ParsedUpload(StoredServices.Upload upload, ServiceDefinition definition, List<DefinitionProblem> problems) {
    }
}

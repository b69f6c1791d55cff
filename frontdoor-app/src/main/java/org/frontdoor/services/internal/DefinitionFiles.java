package org.frontdoor.services.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontdoor.services.DefinitionProblem;
import org.frontdoor.services.InvalidDefinition;
import org.frontdoor.services.ServiceAdministration.Origin;
import org.frontdoor.services.ServiceAvailability;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.ServiceDefinition;
import org.frontdoor.services.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue read from definition files at start-up: the built-in ones on the classpath
 * ({@code services/*.yaml}) and any in the configured directory. Each file is read on its own, so a
 * broken one is refused with its problems logged and listed, and the others are served. On its own
 * every service is open; {@link LiveCatalogue} adds uploaded versions and statuses from the database.
 */
class DefinitionFiles implements ServiceCatalogue {

    private static final Logger log = LoggerFactory.getLogger(DefinitionFiles.class);

    private final Map<String, List<ServiceDefinition>> versions = new HashMap<>();
    private final List<DefinitionProblem> problems = new ArrayList<>();
    private final List<LoadedFile> loaded = new ArrayList<>();
    private final Map<String, WorkingCalendar> calendars;

    DefinitionFiles(ServicesSettings settings, JsonMapper json) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        this.calendars = BankHolidayFeed.read(resolver.getResource("classpath:services/bank-holidays.json").getInputStream(), json);
        for (var file : resolver.getResources("classpath:services/*.yaml")) {
            load(file, Origin.BUILT_IN);
        }
        if (settings.directory() != null && Files.isDirectory(settings.directory())) {
            try (var listing = Files.list(settings.directory())) {
                listing.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> load(new FileSystemResource(p), Origin.DIRECTORY));
            }
        }
        versions.values().forEach(list -> list.sort(Comparator.comparingInt(ServiceDefinition::version)));
    }

    private void load(Resource file, Origin origin) {
        var name = file.getFilename();
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            var definition = DefinitionReader.read(name, reader);
            var known = versions.computeIfAbsent(definition.id(), id -> new ArrayList<>());
            if (known.stream().anyMatch(d -> d.version() == definition.version())) {
                problems.add(new DefinitionProblem(name, 1, "version",
                        "Service '" + definition.id() + "' already has a version " + definition.version() + "; raise the version"));
                return;
            }
            known.add(definition);
            loaded.add(new LoadedFile(definition, origin, name));
            log.info("Service '{}' version {} loaded from {}", definition.id(), definition.version(), name);
        } catch (InvalidDefinition invalid) {
            problems.addAll(invalid.problems());
            invalid.problems().forEach(problem -> log.error("Service definition refused: {}", problem));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read service definition " + name, e);
        }
    }

    @Override
    public List<ServiceDefinition> services() {
        return versions.values().stream().map(List::getLast).sorted(Comparator.comparing(ServiceDefinition::name)).toList();
    }

    @Override
    public Optional<ServiceDefinition> latest(String serviceId) {
        return Optional.ofNullable(versions.get(serviceId)).map(List::getLast);
    }

    @Override
    public Optional<ServiceDefinition> version(String serviceId, int version) {
        return versions.getOrDefault(serviceId, List.of()).stream().filter(d -> d.version() == version).findFirst();
    }

    @Override
    public List<ServiceDefinition> offered() {
        return services();
    }

    @Override
    public ServiceAvailability availability(String serviceId) {
        return ServiceAvailability.open(serviceId);
    }

    @Override
    public Map<String, ServiceAvailability> notOpen() {
        return Map.of();
    }

    /** Every definition read, in the order read, with where it came from. */
    List<LoadedFile> loaded() {
        return List.copyOf(loaded);
    }

    @Override
    public List<DefinitionProblem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public WorkingCalendar calendar(String name) {
        var calendar = calendars.get(name);
        if (calendar == null) {
            throw new IllegalArgumentException("No calendar '" + name + "'");
        }
        return calendar;
    }

    record LoadedFile(ServiceDefinition definition, Origin origin, String fileName) {
    }
}

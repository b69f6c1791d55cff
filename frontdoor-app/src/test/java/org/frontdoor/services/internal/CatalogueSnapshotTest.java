package org.frontdoor.services.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.frontdoor.services.DefinitionProblem;
import org.frontdoor.services.InvalidDefinition;
import org.frontdoor.services.ServiceAdministration.Origin;
import org.frontdoor.services.ServiceAdministration.PublishedVersion;
import org.frontdoor.services.ServiceAvailability;
import org.frontdoor.services.ServiceDefinition;
import org.frontdoor.services.ServiceStatus;
import org.frontdoor.services.internal.CatalogueSnapshot.ParsedUpload;
import org.frontdoor.support.ServiceDefinitions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CatalogueSnapshotTest {

    private final DefinitionFiles files = files();

    @Test
    void anUploadedVersionIsNewestAndTheFileVersionStaysForItsCases() {
        var original = source("help-abroad").replace("version: 1", "version: 2").replace("name: Get help abroad", "name: Get help abroad, new");
        var snapshot = snapshot(List.of(upload("help-abroad", 2, original)), List.of());
        assertThat(snapshot.latest("help-abroad")).get().extracting(ServiceDefinition::version).isEqualTo(2);
        assertThat(snapshot.version("help-abroad", 1)).get().extracting(ServiceDefinition::name).isEqualTo("Get help abroad");
        assertThat(snapshot.administered()).filteredOn(s -> s.id().equals("help-abroad")).singleElement().satisfies(s ->
                assertThat(s.versions()).extracting(PublishedVersion::version, PublishedVersion::origin)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Origin.BUILT_IN), org.assertj.core.groups.Tuple.tuple(2, Origin.UPLOADED)));
    }

    @Test
    void aFileClaimingAnUploadedVersionIsTheOneRefused() {
        var upload = upload("help-abroad", 1, source("help-abroad").replace("name: Get help abroad", "name: Uploaded help abroad"));
        var snapshot = snapshot(List.of(upload), List.of());
        assertThat(snapshot.latest("help-abroad")).get().extracting(ServiceDefinition::name).isEqualTo("Uploaded help abroad");
        assertThat(snapshot.problems()).singleElement().extracting(DefinitionProblem::file).isEqualTo("help-abroad.yaml");
    }

    @Test
    void anUploadThatNoLongerReadsIsRefusedAndTheRestServed() {
        var broken = new ParsedUpload(stored("pet-licence-x", 1, ""), null,
                List.of(new DefinitionProblem("pet.yaml", 3, "name", "Required field is missing")));
        var snapshot = snapshot(List.of(broken), List.of());
        assertThat(snapshot.latest("pet-licence-x")).isEmpty();
        assertThat(snapshot.services()).hasSize(4);
        assertThat(snapshot.problems()).extracting(DefinitionProblem::file).containsExactly("pet.yaml");
    }

    @Test
    void retiredServicesAreNotOfferedButStillReadable() {
        var retired = new ServiceAvailability("victim-updates", ServiceStatus.RETIRED, null, "Alex Admin", Instant.now());
        var paused = new ServiceAvailability("help-abroad", ServiceStatus.PAUSED, "Back on Monday", "Alex Admin", Instant.now());
        var snapshot = snapshot(List.of(), List.of(retired, paused));
        assertThat(snapshot.offered()).extracting(ServiceDefinition::id).containsExactlyInAnyOrder("help-abroad", "disability-support");
        assertThat(snapshot.version("victim-updates", 1)).isPresent();
        assertThat(snapshot.availability("disability-support").takesApplications()).isTrue();
        assertThat(snapshot.notOpen()).containsOnlyKeys("victim-updates", "help-abroad");
    }

    @Test
    void theTestServiceDefinitionsAreValid() {
        var id = ServiceDefinitions.uniqueServiceId();
        assertThat(DefinitionReader.read("v1.yaml", new StringReader(ServiceDefinitions.firstVersion(id))).version()).isEqualTo(1);
        var second = DefinitionReader.read("v2.yaml", new StringReader(ServiceDefinitions.secondVersion(id)));
        assertThat(second.form().question("petAge")).isPresent();
        assertThat(second.lifecycle().initialState()).isEqualTo("logged");
        assertThatThrownBy(() -> DefinitionReader.read("bad.yaml", new StringReader("id: Bad Id\nversion: 0\n")))
                .isInstanceOf(InvalidDefinition.class);
    }

    private CatalogueSnapshot snapshot(List<ParsedUpload> uploads, List<ServiceAvailability> statuses) {
        return new CatalogueSnapshot(1, files.loaded(), files.problems(), uploads, statuses);
    }

    private static ParsedUpload upload(String id, int version, String yaml) {
        return new ParsedUpload(stored(id, version, yaml), DefinitionReader.read(id + ".yaml", new StringReader(yaml)), List.of());
    }

    private static StoredServices.Upload stored(String id, int version, String yaml) {
        return new StoredServices.Upload(id, version, id + "-v" + version + ".yaml", yaml, "Alex Admin", Instant.now());
    }

    private static String source(String id) {
        try (var in = CatalogueSnapshotTest.class.getResourceAsStream("/services/" + id + ".yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DefinitionFiles files() {
        try {
            return new DefinitionFiles(new ServicesSettings(null), JsonMapper.builder().build());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

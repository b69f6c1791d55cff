package org.frontdoor.services.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.frontdoor.services.DefinitionProblem;
import org.frontdoor.services.ServiceDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class DefinitionFilesTest {

    @TempDir
    Path directory;

    @Test
    void servesTheThreeDemoServicesAndTheDemoGrantsForm() throws Exception {
        var catalogue = new DefinitionFiles(new ServicesSettings(null), JsonMapper.builder().build());
        assertThat(catalogue.services()).extracting(ServiceDefinition::id)
                .containsExactlyInAnyOrder("victim-updates", "help-abroad", "disability-support", "community-spaces-grant");
        assertThat(catalogue.services()).filteredOn(ServiceDefinition::listed).extracting(ServiceDefinition::id)
                .as("the grant form is reached through its programme, not listed")
                .containsExactlyInAnyOrder("victim-updates", "help-abroad", "disability-support");
        assertThat(catalogue.problems()).isEmpty();
    }

    @Test
    void aBrokenFileIsRefusedAndTheOthersAreStillServed() throws Exception {
        Files.writeString(directory.resolve("broken.yaml"), "id: broken\nversion: one\n");
        var catalogue = new DefinitionFiles(new ServicesSettings(directory), JsonMapper.builder().build());
        assertThat(catalogue.services()).hasSize(4);
        assertThat(catalogue.latest("broken")).isEmpty();
        assertThat(catalogue.problems()).extracting(DefinitionProblem::file).containsOnly("broken.yaml");
        assertThat(catalogue.problems()).extracting(DefinitionProblem::field).contains("version", "name", "form");
    }

    @Test
    void aNewerVersionSupersedesAndTheOlderStaysForItsCases() throws Exception {
        var original = new String(getClass().getResourceAsStream("/services/help-abroad.yaml").readAllBytes());
        Files.writeString(directory.resolve("help-abroad-v2.yaml"), original.replace("version: 1", "version: 2")
                .replace("name: Get help abroad", "name: Get help abroad (new)"));
        var catalogue = new DefinitionFiles(new ServicesSettings(directory), JsonMapper.builder().build());
        assertThat(catalogue.latest("help-abroad")).get().extracting(ServiceDefinition::version).isEqualTo(2);
        assertThat(catalogue.version("help-abroad", 1)).get().extracting(ServiceDefinition::name).isEqualTo("Get help abroad");
    }

    @Test
    void aSecondFileWithTheSameVersionIsRefused() throws Exception {
        var original = new String(getClass().getResourceAsStream("/services/help-abroad.yaml").readAllBytes());
        Files.writeString(directory.resolve("copy.yaml"), original);
        var catalogue = new DefinitionFiles(new ServicesSettings(directory), JsonMapper.builder().build());
        assertThat(catalogue.problems()).singleElement().extracting(DefinitionProblem::message).asString()
                .contains("already has a version 1");
    }

    @Test
    void calendarsComeFromTheBankHolidayData() throws Exception {
        var catalogue = new DefinitionFiles(new ServicesSettings(null), JsonMapper.builder().build());
        // St Andrew's Day, Monday 30 November 2026, is a holiday in Scotland only.
        assertThat(catalogue.calendar("scotland").addWorkingDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(catalogue.calendar("england-and-wales").addWorkingDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        // The Battle of the Boyne substitute day, Monday 13 July 2026, in Northern Ireland only.
        assertThat(catalogue.calendar("northern-ireland").addWorkingDays(LocalDate.of(2026, 7, 10), 1)).isEqualTo(LocalDate.of(2026, 7, 14));
    }
}

package org.frontdoor.services.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.frontdoor.services.DefinitionProblem;
import org.frontdoor.services.InvalidDefinition;
import org.frontdoor.services.QuestionType;
import org.frontdoor.services.ServiceDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DefinitionReaderTest {

    private static final String MINIMAL = """
            id: test-service
            version: 1
            name: Test service
            calendar: scotland
            form:
              pages:
                - id: first
                  title: First page
                  questions:
                    - id: colour
                      type: single-choice
                      label: Favourite colour
                      options:
                        - value: red
                          label: Red
                        - value: blue
                          label: Blue
                - id: second
                  title: Only for red
                  show-when: answers.colour == 'red'
                  questions:
                    - id: shade
                      type: text
                      label: Which shade
                      max-length: 20
              declaration: I promise
            lifecycle:
              initial: open
              states:
                - id: open
                  label: Open
                  citizen-status: We are on it
                  sla-working-days: 5
                - id: closed
                  label: Closed
                  citizen-status: Done
                  terminal: true
              transitions:
                - id: close
                  label: Close
                  from: open
                  to: closed
                  roles: [CASEWORKER]
                  requires: [note]
                  notify-citizen: true
            routing:
              default-team: Team A
              rules:
                - when: answers.colour == 'blue'
                  team: Team B
            """;

    @ParameterizedTest
    @ValueSource(strings = {"victim-updates.yaml", "help-abroad.yaml", "disability-support.yaml"})
    void readsTheShippedDemoServicesWithoutProblems(String file) throws Exception {
        try (var reader = new InputStreamReader(getClass().getResourceAsStream("/services/" + file), StandardCharsets.UTF_8)) {
            var definition = DefinitionReader.read(file, reader);
            assertThat(definition.form().pages()).isNotEmpty();
            assertThat(definition.lifecycle().state(definition.lifecycle().initialState())).isPresent();
            assertThat(definition.lifecycle().transitions()).isNotEmpty();
        }
    }

    @Test
    void optionsAndLookupsComeFromDataTablesThatMustExist() {
        var fromTable = MINIMAL.replace(
                "      options:\n            - value: red\n              label: Red\n            - value: blue\n              label: Blue\n",
                "      options-from: consular-posts\n").replace("answers.colour == 'red'", "answers.colour == 'Spain'");
        var question = read(fromTable).form().question("colour").orElseThrow();
        assertThat(question.options()).hasSizeGreaterThan(190).extracting(ServiceDefinition.Option::value).contains("Spain", "Peru");

        assertThat(problems(fromTable.replace("options-from: consular-posts", "options-from: planets")))
                .extracting(DefinitionProblem::message).containsExactly("There is no table 'planets'");
    }

    @Test
    void readsEveryPartOfADefinition() {
        var definition = read(MINIMAL);
        assertThat(definition.id()).isEqualTo("test-service");
        assertThat(definition.version()).isEqualTo(1);
        assertThat(definition.calendar()).isEqualTo("scotland");
        var colour = definition.form().question("colour").orElseThrow();
        assertThat(colour.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(colour.required()).isTrue();
        assertThat(colour.options()).extracting(ServiceDefinition.Option::value).containsExactly("red", "blue");
        assertThat(definition.form().question("shade").orElseThrow().maxLength()).isEqualTo(20);
        assertThat(definition.lifecycle().from("open")).singleElement().satisfies(t -> {
            assertThat(t.to()).isEqualTo("closed");
            assertThat(t.requires()).containsExactly("note");
            assertThat(t.notifyCitizen()).isTrue();
        });
        assertThat(definition.lifecycle().state("open").orElseThrow().slaWorkingDays()).isEqualTo(5);
    }

    @Test
    void conditionsAreCelOverTheAnswers() {
        var definition = read(MINIMAL);
        var onlyForRed = definition.form().pages().get(1).showWhen();
        assertThat(onlyForRed.source()).isEqualTo("answers.colour == 'red'");
        assertThat(onlyForRed.test(Map.of("colour", "red"))).isTrue();
        assertThat(onlyForRed.test(Map.of("colour", "blue"))).isFalse();
        assertThat(onlyForRed.test(Map.of())).as("an answer not given does not hold").isFalse();
    }

    @Test
    void routingPicksTheFirstMatchingRuleElseTheDefaultTeam() {
        var routing = read(MINIMAL).routing();
        assertThat(routing.teamFor(Map.of("colour", "blue"))).isEqualTo("Team B");
        assertThat(routing.teamFor(Map.of("colour", "red"))).isEqualTo("Team A");
        assertThat(routing.teamFor(Map.of())).isEqualTo("Team A");
    }

    @Test
    void demoRoutingUsesListMembershipAndMissingAnswers() throws Exception {
        try (var reader = new InputStreamReader(getClass().getResourceAsStream("/services/disability-support.yaml"), StandardCharsets.UTF_8)) {
            var routing = DefinitionReader.read("disability-support.yaml", reader).routing();
            assertThat(routing.teamFor(Map.of("supportTypes", List.of("equipment", "adaptations")))).isEqualTo("Home adaptations");
            assertThat(routing.teamFor(Map.of("supportTypes", List.of("equipment")))).isEqualTo("Disability support");
            assertThat(routing.teamFor(Map.of())).isEqualTo("Disability support");
        }
    }

    @Test
    void namesTheLineAndFieldOfAnUnknownQuestionType() {
        var problems = problems(MINIMAL.replace("type: text", "type: txet"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("test.yaml");
            assertThat(p.line()).isEqualTo(lineOf(MINIMAL, "type: text"));
            assertThat(p.field()).isEqualTo("form.pages[1].questions[0].type");
            assertThat(p.message()).contains("Unknown question type 'txet'", "long-text", "repeating-group");
        });
    }

    @Test
    void reportsEveryMistakeInOnePass() {
        var broken = MINIMAL
                .replace("name: Test service\n", "")
                .replace("to: closed", "to: shut")
                .replace("roles: [CASEWORKER]", "roles: [WIZARD]")
                .replace("answers.colour == 'blue'", "answers.colour ==")
                .replace("max-length: 20", "max-lenght: 20");
        assertThat(problems(broken)).extracting(DefinitionProblem::field).containsExactlyInAnyOrder(
                "name",
                "form.pages[1].questions[0].max-lenght",
                "lifecycle.transitions[0].to",
                "lifecycle.transitions[0].roles",
                "lifecycle.states[1]",
                "routing.rules[0].when");
    }

    @Test
    void explainsAnUnknownFieldWithTheFieldsThatAreAllowed() {
        var problems = problems(MINIMAL.replace("max-length: 20", "max-lenght: 20"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("form.pages[1].questions[0].max-lenght");
            assertThat(p.message()).startsWith("Unknown field; expected one of").contains("max-length");
        });
    }

    @Test
    void refusesDuplicateIdsAndOptionValues() {
        var duplicated = MINIMAL.replace("id: shade", "id: colour").replace("value: blue", "value: red");
        assertThat(problems(duplicated)).extracting(DefinitionProblem::message).containsExactlyInAnyOrder(
                "Another question already has the id 'colour'", "Option value 'red' appears twice");
    }

    @Test
    void refusesAStateThatCannotBeLeftUnlessItIsTerminal() {
        var stuck = MINIMAL.replace("      terminal: true\n", "");
        assertThat(problems(stuck)).extracting(DefinitionProblem::message)
                .containsExactly("No transition leaves state 'closed'; add one or mark it 'terminal: true'");
    }

    @Test
    void refusesInvalidCelWithTheCompilersMessage() {
        var problems = problems(MINIMAL.replace("answers.colour == 'red'", "answers.colour = 'red'"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("form.pages[1].show-when");
            assertThat(p.message()).startsWith("Not a valid CEL condition");
        });
    }

    @Test
    void refusesAConditionThatIsNotTrueOrFalse() {
        assertThat(problems(MINIMAL.replace("answers.colour == 'red'", "'red'")))
                .singleElement().extracting(DefinitionProblem::message).asString().startsWith("Not a valid CEL condition");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() {
        var problems = problems("id: x\nname: [unclosed\nversion: 1\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("(file)");
            assertThat(p.message()).startsWith("Not valid YAML");
            assertThat(p.line()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void refusesEmptyAndNonMappingFiles() {
        assertThat(problems("")).extracting(DefinitionProblem::message).containsExactly("The file is empty");
        assertThat(problems("- just\n- a list\n")).extracting(DefinitionProblem::message)
                .containsExactly("Expected a set of fields (key: value)");
    }

    @Test
    void refusesABillionLaughs() {
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            var previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(previous);
            bomb.append((",*" + previous).repeat(8)).append("]\n");
        }
        assertThat(problems(bomb.toString())).extracting(DefinitionProblem::message).anySatisfy(m -> assertThat(m).startsWith("Not valid YAML"));
    }

    private static ServiceDefinition read(String yaml) {
        return DefinitionReader.read("test.yaml", new StringReader(yaml));
    }

    private static List<DefinitionProblem> problems(String yaml) {
        try {
            read(yaml);
        } catch (InvalidDefinition invalid) {
            return invalid.problems();
        }
        throw new AssertionError("The definition was accepted");
    }

    private static int lineOf(String text, String fragment) {
        var before = text.substring(0, text.indexOf(fragment));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void problemsPrintAsFileLineFieldMessage() {
        assertThatThrownBy(() -> read(MINIMAL.replace("calendar: scotland", "calendar: wales")))
                .hasMessageStartingWith("test.yaml:4: calendar: Unknown calendar 'wales'");
    }
}

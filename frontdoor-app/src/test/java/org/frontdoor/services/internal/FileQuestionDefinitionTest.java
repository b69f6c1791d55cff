package org.frontdoor.services.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.EnumSet;
import org.frontdoor.documents.FileRules;
import org.frontdoor.documents.FileType;
import org.frontdoor.services.DefinitionProblem;
import org.frontdoor.services.InvalidDefinition;
import org.junit.jupiter.api.Test;

/** File questions in service definitions: their limits, and mistakes reported with line and field. */
class FileQuestionDefinitionTest {

    private static final String SERVICE = """
            id: evidence-service
            version: 1
            name: Evidence service
            calendar: scotland
            form:
              pages:
                - id: first
                  title: Evidence
                  questions:
            %s
              declaration: I promise
            lifecycle:
              initial: open
              states:
                - id: open
                  label: Open
                  citizen-status: We are on it
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
            routing:
              default-team: Team A
            """;

    @Test
    void readsTheAllowedTypesAndSize() {
        var question = read("""
                        - id: photo
                          type: file
                          label: A photo
                          file-types: [jpg, png]
                          max-size: 500KB
                """).form().question("photo").orElseThrow();
        assertThat(question.files()).isEqualTo(new FileRules(EnumSet.of(FileType.JPG, FileType.PNG), 500 * 1024));
    }

    @Test
    void withoutLimitsAFileQuestionTakesPdfJpgOrPngUpTo10Mb() {
        var question = read("""
                        - id: evidence
                          type: file
                          label: Evidence
                """).form().question("evidence").orElseThrow();
        assertThat(question.files()).isEqualTo(FileRules.DEFAULT);
    }

    @Test
    void reportsUnknownTypesAndImpossibleSizesWithLineAndField() {
        assertThatThrownBy(() -> read("""
                        - id: evidence
                          type: file
                          label: Evidence
                          file-types: [pdf, exe]
                          max-size: 2GB
                """))
                .isInstanceOf(InvalidDefinition.class)
                .satisfies(e -> assertThat(((InvalidDefinition) e).problems()).extracting(DefinitionProblem::toString)
                        .anySatisfy(p -> assertThat(p).contains("test.yaml", ":13", "form.pages[0].questions[0].file-types",
                                "Unknown file type 'exe'; use any of pdf, jpg, png, docx"))
                        .anySatisfy(p -> assertThat(p).contains(":14", "form.pages[0].questions[0].max-size", "like 10MB or 500KB")));
    }

    @Test
    void fileLimitsOnAnotherTypeOfQuestionAreUnknownFields() {
        assertThatThrownBy(() -> read("""
                        - id: name
                          type: text
                          label: Name
                          max-size: 1MB
                """))
                .isInstanceOf(InvalidDefinition.class)
                .hasMessageContaining("form.pages[0].questions[0].max-size");
    }

    private static org.frontdoor.services.ServiceDefinition read(String questions) {
        return DefinitionReader.read("test.yaml", new StringReader(SERVICE.formatted(questions.stripTrailing())));
    }
}

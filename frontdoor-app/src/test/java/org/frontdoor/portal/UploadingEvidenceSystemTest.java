package org.frontdoor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.support.Browser;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A citizen adds supporting evidence in the browser, with and without JavaScript; every page is checked with axe. */
@SystemTest
@Tag("browser")
class UploadingEvidenceSystemTest {

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;
    @TempDir
    Path files;

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {false, true})
    void aCitizenAddsEvidenceToTheirApplication(boolean javascript) throws IOException {
        var notAPdf = Files.writeString(files.resolve("letter.pdf"), "Dear Sir, this is not a PDF");
        var letter = Files.write(files.resolve("GP letter.pdf"),
                "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        var email = citizen();
        try (var browser = new Browser(port, javascript)) {
            browser.open("/sign-in").type("email", email).type("password", People.GOOD_PASSWORD).click("Sign in");
            browser.open("/account/services").click("Start: Apply for disability support");
            browser.choose("I do").click("Save and continue");
            assertThat(browser.heading()).isEqualTo("Support needed");
            browser.choose("Equipment, such as a raised toilet seat or a bath lift").type("needs", "Cannot reach the bath")
                    .attach("evidence", notAPdf).click("Save and continue");
            assertThat(browser.text()).contains("There is a problem", "The selected file must be a PDF, JPG, PNG or DOCX");
            assertThat(browser.value("needs")).isEqualTo("Cannot reach the bath");

            browser.attach("evidence", letter).click("Save and continue");
            assertThat(browser.heading()).isEqualTo("Who lives at the address");
            browser.type("address-line1", "1 High Street").type("address-town", "York").type("address-postcode", "YO1 7HH")
                    .type("phone", "01904 123456").click("Save and continue");
            assertThat(browser.heading()).isEqualTo("Check your answers before sending your application");
            assertThat(browser.text()).contains("Supporting evidence", "GP letter.pdf");
            browser.click("Accept and send");
            assertThat(browser.text()).contains("Application sent", "Documents", "GP letter.pdf", "You sent a document");
        }
    }

    private String citizen() {
        var email = People.uniqueEmail("evidence");
        registration.register(new NewCitizen("Evidence Sender", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        return email;
    }
}

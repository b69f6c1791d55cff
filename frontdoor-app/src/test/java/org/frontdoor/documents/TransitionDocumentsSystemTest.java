package org.frontdoor.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.frontdoor.cases.NewApplication;
import org.frontdoor.cases.ReadingCases;
import org.frontdoor.cases.SubmittingApplication;
import org.frontdoor.cases.TakingTransitions;
import org.frontdoor.cases.Transition;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.support.Applications;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.frontdoor.support.Visitor.FilePart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A transition that needs a document (declining support needs the letter) is refused without one. */
@SystemTest
class TransitionDocumentsSystemTest {

    @LocalServerPort
    int port;
    @Autowired
    SubmittingApplication submitting;
    @Autowired
    TakingTransitions transitions;
    @Autowired
    ReadingCases reading;
    @Autowired
    AccountDetails accounts;

    @Test
    void decliningNeedsTheLetterWhichTheApplicantThenSees() {
        var citizen = accounts.idByEmail(People.CITIZEN).orElseThrow();
        var submitted = submitting.submit(new NewApplication("disability-support", citizen, Applications.carerAskingForAdaptations(), null));
        var lead = new Visitor(port);
        lead.signIn("teamlead@frontdoor.example", People.DEMO_PASSWORD);
        var path = "/console/cases/" + submitted.id();
        lead.get(path);
        assertThat(lead.post(path + "/transitions", Map.of("transition", "start-assessment", "expectedVersion", "0")).status()).isEqualTo(302);
        assertThat(lead.get(path).body()).contains("enctype=\"multipart/form-data\"", "transitionDocument");

        var withoutLetter = lead.postFiles(path + "/transitions",
                Map.of("transition", "decline", "expectedVersion", "1", "note", "Not eligible", "decision", "declined"), Map.of());
        assertThat(withoutLetter.body()).contains("There is a problem", "Attach the document this action needs");
        var infected = lead.postFiles(path + "/transitions",
                Map.of("transition", "decline", "expectedVersion", "1", "note", "Not eligible", "decision", "declined"),
                Map.of("transitionDocument", new FilePart("letter.pdf", "application/pdf",
                        DocumentUploadSystemTest.EICAR.getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        assertThat(infected.body()).contains("There is a problem", "The selected file contains a virus");
        var staff = staffAccount();
        assertThat(reading.read(staff, submitted.id()).orElseThrow().state()).isEqualTo("assessment");

        var declined = lead.postFiles(path + "/transitions",
                Map.of("transition", "decline", "expectedVersion", "1", "note", "Not eligible", "decision", "declined"),
                Map.of("transitionDocument", new FilePart("decision letter.pdf", "application/pdf", DocumentUploadSystemTest.PDF)));
        assertThat(declined.status()).isEqualTo(302);
        var read = reading.read(staff, submitted.id()).orElseThrow();
        assertThat(read.state()).isEqualTo("declined");
        assertThat(read.documents()).extracting(StoredDocument::name).containsExactly("decision letter.pdf");

        var applicant = new Visitor(port);
        applicant.signIn(People.CITIZEN, People.DEMO_PASSWORD);
        assertThat(applicant.get("/account/cases/" + submitted.id()).body()).contains("decision letter.pdf", "The letter explains why");
    }

    @Test
    void overTheApiTheDocumentMustAlreadyBeOnTheCase() {
        var citizen = accounts.idByEmail(People.CITIZEN).orElseThrow();
        var submitted = submitting.submit(new NewApplication("disability-support", citizen, Applications.carerAskingForAdaptations(), null));
        var staff = staffAccount();
        transitions.take(staff, new Transition(submitted.id(), "start-assessment", 0, null, null));
        assertThatThrownBy(() -> transitions.take(staff, new Transition(submitted.id(), "decline", 1, "Not eligible", "declined",
                null, java.util.UUID.randomUUID())))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::message).containsExactly("That document is not on this case; send it to the case first"));
    }

    private SignedInAccount staffAccount() {
        var id = accounts.idByEmail("teamlead@frontdoor.example").orElseThrow();
        var account = accounts.ownAccount(id).orElseThrow();
        return new SignedInAccount(id, account.email(), account.displayName(), AccountKind.STAFF, account.roles(), Set.of(), true, null);
    }
}

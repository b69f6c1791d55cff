package org.frontdoor.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.cases.NewApplication;
import org.frontdoor.cases.SubmittingApplication;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.support.Applications;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.frontdoor.support.Visitor.FilePart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Citizens send documents with an application and to their case; staff and the API download them, audited. */
@SystemTest
class DocumentUploadSystemTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    private static final Pattern DOCUMENT_LINK = Pattern.compile("/documents/([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;
    @Autowired
    SubmittingApplication submitting;
    @Autowired
    AuditLog audit;

    @Test
    void aCitizenSendsSupportingEvidenceWithTheirApplication() {
        var citizen = signedInCitizen("evidence");
        var support = startDisabilityApplication(citizen);

        var form = citizen.get(support);
        assertThat(form.body()).contains("enctype=\"multipart/form-data\"", "class=\"govuk-file-upload", "type=\"file\"",
                "Your file must be a PDF, JPG, PNG or DOCX and smaller than 10MB.");
        var saved = citizen.postFiles(support, supportAnswers(), Map.of("evidence", new FilePart("GP letter.pdf", "application/pdf", PDF)));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/household");

        // Back on the page: the file is named, and saving again without choosing a file keeps it.
        assertThat(citizen.get(support).body()).contains("You have added <strong>GP letter.pdf</strong>");
        citizen.postFiles(support, supportAnswers(), Map.of("evidence", new FilePart("", "application/octet-stream", new byte[0])));
        var draft = support.substring(0, support.lastIndexOf('/'));
        citizen.post(draft + "/household", Map.of("address-line1", "1 High Street", "address-town", "York", "address-postcode", "YO1 7HH",
                "phone", "01904 123456"));
        var check = citizen.get(draft + "/check");
        assertThat(check.body()).contains("Supporting evidence", "GP letter.pdf");

        var sent = citizen.post(draft + "/check", Map.of());
        var casePath = sent.location();
        var casePage = citizen.get(casePath);
        assertThat(casePage.body()).contains("Documents", "GP letter.pdf", "You sent a document");
        var download = citizen.get(casePath + "/documents/" + documentId(casePage.body()));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("GP letter.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.body()).isEqualTo(new String(PDF, StandardCharsets.ISO_8859_1));
    }

    @Test
    void refusedFilesAreExplainedOnThePageAndNothingSavedIsLost() {
        var citizen = signedInCitizen("refused");
        var support = startDisabilityApplication(citizen);
        citizen.get(support);
        citizen.postFiles(support, supportAnswers(), Map.of("evidence", new FilePart("first.pdf", "application/pdf", PDF)));

        var wrongType = upload(citizen, support, new FilePart("notes.pdf", "application/pdf", "just text".getBytes(StandardCharsets.UTF_8)));
        assertThat(wrongType.status()).isEqualTo(200);
        assertThat(wrongType.body()).contains("There is a problem", "href=\"#evidence\"",
                "The selected file must be a PDF, JPG, PNG or DOCX", "govuk-file-upload--error",
                "Cannot reach the bath", "You have added <strong>first.pdf</strong>");

        assertThat(upload(citizen, support, new FilePart("empty.pdf", "application/pdf", new byte[0])).body())
                .contains("The selected file is empty");
        var tooBig = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
        assertThat(upload(citizen, support, new FilePart("huge.pdf", "application/pdf", tooBig)).body())
                .contains("The selected file must be smaller than 10MB");
        assertThat(upload(citizen, support, new FilePart("eicar.pdf", "application/pdf", EICAR.getBytes(StandardCharsets.US_ASCII))).body())
                .contains("The selected file contains a virus");

        // Everything typed on the page and the first file are still in the draft.
        assertThat(citizen.get(support).body()).contains("Cannot reach the bath", "You have added <strong>first.pdf</strong>");
    }

    @Test
    void anUploadBiggerThanAnyQuestionAllowsGetsAClearPage() {
        var citizen = signedInCitizen("enormous");
        var support = startDisabilityApplication(citizen);
        citizen.get(support);
        citizen.post(support, supportAnswers());
        citizen.get(support);
        var enormous = citizen.postFiles(support, supportAnswers(),
                Map.of("evidence", new FilePart("film.pdf", "application/pdf", new byte[52 * 1024 * 1024])));
        assertThat(enormous.status()).isEqualTo(413);
        assertThat(enormous.body()).contains("The selected file is too big", "must be smaller than 50MB");
        assertThat(citizen.get(support).body()).contains("Cannot reach the bath");
    }

    @Test
    void aCitizenSendsADocumentToTheirCaseAndStaffDownloadItAudited() {
        var email = People.uniqueEmail("owner");
        var owner = verifiedCitizen(email);
        var submitted = submitting.submit(new NewApplication("help-abroad", owner, Applications.lostPassport(), null));
        var citizen = new Visitor(port);
        citizen.signIn(email, People.GOOD_PASSWORD);
        var casePath = "/account/cases/" + submitted.id();
        citizen.get(casePath);

        var refused = citizen.postFiles(casePath + "/documents", Map.of(),
                Map.of("document", new FilePart("virus.png", "image/png", EICAR.getBytes(StandardCharsets.US_ASCII))));
        assertThat(refused.body()).contains("There is a problem", "The selected file contains a virus");
        var sent = citizen.postFiles(casePath + "/documents", Map.of(),
                Map.of("document", new FilePart("police report.pdf", "application/pdf", PDF)));
        assertThat(sent.status()).isEqualTo(302);
        var page = citizen.get(casePath);
        assertThat(page.body()).contains("Document sent: police report.pdf.", "police report.pdf");
        var documentId = documentId(page.body());

        var stranger = new Visitor(port);
        stranger.signIn(People.CITIZEN, People.DEMO_PASSWORD);
        assertThat(stranger.get(casePath + "/documents/" + documentId).status()).isEqualTo(404);
        assertThat(stranger.get("/account/cases/" + UUID.randomUUID() + "/documents/" + documentId).status()).isEqualTo(404);

        var caseworker = new Visitor(port);
        caseworker.signIn(People.CASEWORKER, People.DEMO_PASSWORD);
        var consoleCase = caseworker.get("/console/cases/" + submitted.id());
        assertThat(consoleCase.body()).contains("police report.pdf", "The applicant sent a document");
        var download = caseworker.get("/console/cases/" + submitted.id() + "/documents/" + documentId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        assertThat(audit.about("DOCUMENT", documentId, 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("DOWNLOADED");
            assertThat(entry.purpose()).isEqualTo("Casework on case " + submitted.reference());
        });

        // Staff add a document from the console; the applicant sees it on their case.
        var added = caseworker.postFiles("/console/cases/" + submitted.id() + "/documents", Map.of(),
                Map.of("document", new FilePart("appointment letter.pdf", "application/pdf", PDF)));
        assertThat(added.status()).isEqualTo(302);
        assertThat(caseworker.get("/console/cases/" + submitted.id()).body()).contains("Document added: appointment letter.pdf.");
        assertThat(citizen.get(casePath).body()).contains("appointment letter.pdf", "The team added a document");
        var empty = caseworker.postFiles("/console/cases/" + submitted.id() + "/documents", Map.of(),
                Map.of("document", new FilePart("", "application/octet-stream", new byte[0])));
        assertThat(empty.body()).contains("There is a problem", "Select a file");
    }

    @Test
    void staffCannotDownloadDocumentsOfCasesTheirTeamsDoNotHandle() {
        var email = People.uniqueEmail("private");
        var owner = verifiedCitizen(email);
        var submitted = submitting.submit(new NewApplication("disability-support", owner, Applications.carerAskingForAdaptations(), null));
        var citizen = new Visitor(port);
        citizen.signIn(email, People.GOOD_PASSWORD);
        citizen.get("/account/cases/" + submitted.id());
        citizen.postFiles("/account/cases/" + submitted.id() + "/documents", Map.of(),
                Map.of("document", new FilePart("plan.pdf", "application/pdf", PDF)));
        var documentId = documentId(citizen.get("/account/cases/" + submitted.id()).body());

        var caseworker = new Visitor(port);
        caseworker.signIn(People.CASEWORKER, People.DEMO_PASSWORD);
        assertThat(caseworker.get("/console/cases/" + submitted.id() + "/documents/" + documentId).status()).isEqualTo(404);
    }

    @Test
    void theApiAddsListsAndDownloadsDocuments() throws Exception {
        var email = People.uniqueEmail("api");
        var owner = verifiedCitizen(email);
        var submitted = submitting.submit(new NewApplication("help-abroad", owner, Applications.lostPassport(), null));
        var base = "/api/v1/cases/" + submitted.id();

        var created = multipart(base + "/documents", email, "photo.pdf", PDF);
        assertThat(created.statusCode()).isEqualTo(201);
        var documentId = json.readTree(created.body()).get("id").asString();
        assertThat(created.headers().firstValue("Location")).contains(base + "/documents/" + documentId);

        var whole = json.readTree(get(base, email).body());
        assertThat(whole.get("documents").get(0).get("name").asString()).isEqualTo("photo.pdf");
        assertThat(whole.get("documents").get(0).get("type").asString()).isEqualTo("PDF");

        var download = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + "/documents/" + documentId))
                .header("Authorization", basic(email, People.GOOD_PASSWORD)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");

        var infected = multipart(base + "/documents", email, "eicar.com", EICAR.getBytes(StandardCharsets.US_ASCII));
        assertThat(infected.statusCode()).isEqualTo(400);
        assertThat(infected.body()).contains("file", "The selected file contains a virus");

        var stranger = get(base + "/documents/" + documentId, People.CITIZEN, People.DEMO_PASSWORD);
        assertThat(stranger.statusCode()).isEqualTo(404);

        var openApi = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(openApi.body()).contains("/api/v1/cases/{id}/documents", "/api/v1/cases/{id}/documents/{documentId}",
                "multipart/form-data", "Add a document to a case");
    }

    private Visitor.Page upload(Visitor citizen, String path, FilePart file) {
        return citizen.postFiles(path, supportAnswers(), Map.of("evidence", file));
    }

    private static Map<String, String> supportAnswers() {
        return Map.of("supportTypes", "equipment", "needs", "Cannot reach the bath");
    }

    /** Starts a disability support application for themselves and returns the path of its "Support needed" page. */
    private static String startDisabilityApplication(Visitor citizen) {
        citizen.get("/account/services");
        var first = citizen.post("/account/services/disability-support/start", Map.of()).location();
        citizen.get(first);
        var next = citizen.post(first, Map.of("applyingFor", "myself")).location();
        assertThat(next).endsWith("/support");
        return next;
    }

    private Visitor signedInCitizen(String who) {
        var email = People.uniqueEmail(who);
        verifiedCitizen(email);
        var visitor = new Visitor(port);
        visitor.signIn(email, People.GOOD_PASSWORD);
        return visitor;
    }

    private UUID verifiedCitizen(String email) {
        var id = registration.register(new NewCitizen("Document Sender", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var link = Mailbox.linkIn(email, "Confirm your email address");
        registration.verifyEmail(link.substring(link.indexOf("token=") + 6));
        return id;
    }

    private static String documentId(String page) {
        var matcher = DOCUMENT_LINK.matcher(page);
        assertThat(matcher.find()).as("a document link on the page").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> multipart(String path, String email, String filename, byte[] content) throws Exception {
        var boundary = "boundary" + UUID.randomUUID().toString().replace("-", "");
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(email, People.GOOD_PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String email) throws Exception {
        return get(path, email, People.GOOD_PASSWORD);
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user, password)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

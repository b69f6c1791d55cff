package org.frontdoor.grants.internal.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.grants.internal.agreements.GrantOffers.communityHallOffer;
import static org.frontdoor.grants.internal.agreements.GrantOffers.offerTo;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class AgreementDocumentTest {

    private static final AgreementDocument AGREEMENTS = new AgreementDocument();

    @Test
    void rendersTheOfferWithRecipientAmountReferenceAndEachInstalment() throws IOException {
        byte[] pdf = AGREEMENTS.render(communityHallOffer());

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text)
                .contains("Hillview Community Association")
                .contains("1123456")
                .contains("£12,345.00")
                .contains("GR-2026-0042")
                .contains("23 November 2026")
                .contains("Community Spaces Fund")
                .contains("Department for Communities")
                .contains("Repair the roof of the community hall");
        assertThat(text).contains("£5,000.00").contains("on receipt of the signed agreement");
        assertThat(text).contains("1 March 2027");
        assertThat(text).contains("£2,345.00").contains("1 September 2027, once the final report is approved");
    }

    @Test
    void termsFromTheTemplateCarryTheProgrammeAndAmount() throws IOException {
        String text = oneLine(text(AGREEMENTS.render(communityHallOffer())));

        assertThat(text).contains("Department for Communities offers Hillview Community Association a grant of "
                + "£12,345.00 under the Community Spaces Fund programme");
        assertThat(text).contains("You must repay any part of the £12,345.00");
    }

    @Test
    void applicantTextWithMarkupIsPrintedLiterally() throws IOException {
        String hostile = "<script>alert('x')</script> Smith & Sons [[${7*7}]] __${7*7}__";

        String xhtml = AGREEMENTS.xhtml(offerTo(hostile, null));
        String text = oneLine(text(AGREEMENTS.render(offerTo(hostile, null))));

        assertThat(xhtml).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(text).contains("<script>alert('x')</script> Smith & Sons [[${7*7}]] __${7*7}__");
        assertThat(text).doesNotContain("49");
    }

    @Test
    void controlCharactersPastedIntoANameDoNotBreakTheDocument() throws IOException {
        assertThat(text(AGREEMENTS.render(offerTo("Bell\u0007 Ringers\u0000", null)))).contains("Bell Ringers");
    }

    @Test
    void pdfIsTaggedWithTitleLanguageAndEmbeddedFonts() throws IOException {
        try (PDDocument document = Loader.loadPDF(AGREEMENTS.render(communityHallOffer()))) {
            var catalog = document.getDocumentCatalog();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Grant offer agreement GR-2026-0042");
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
                }
            }
        }
    }

    @Test
    void refusesAnOfferWhoseScheduleDoesNotAddUpToTheAward() {
        assertThatThrownBy(() -> new GrantOffer("GR-1", LocalDate.of(2026, 11, 23), "A", null, "P", "F",
                new BigDecimal("100.00"), "Purpose", List.of(Instalment.on(LocalDate.of(2027, 1, 1), new BigDecimal("90")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Offer GR-1: the payment schedule totals £90.00 but the amount awarded is £100.00");
    }

    @Test
    void refusesAnInstalmentWithNeitherDateNorCondition() {
        assertThatThrownBy(() -> new Instalment(new BigDecimal("10"), null, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a date, a condition or both");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}

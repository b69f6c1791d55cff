package org.frontdoor.grants.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.grants.internal.payments.PaymentBatches.FUNDER;
import static org.frontdoor.grants.internal.payments.PaymentBatches.batch;
import static org.frontdoor.grants.internal.payments.PaymentBatches.threeGrantPayments;
import static org.frontdoor.grants.internal.payments.PaymentBatches.transfer;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CreditTransferFileTest {

    @Test
    void batchOfThreeValidatesAgainstTheOfficialSchema() throws Exception {
        byte[] file = CreditTransferFile.toBytes(threeGrantPayments());

        CreditTransferFile.validate(file);
        // Independently of validate(): the schema file itself, through a fresh SchemaFactory.
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(getClass().getResource(CreditTransferFile.SCHEMA_RESOURCE));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));

        Document xml = parse(file);
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(CreditTransferFile.NAMESPACE);
        assertThat(texts(xml, "EndToEndId")).containsExactly("GR-0001-1", "GR-0002-1", "GR-0003-1");
        assertThat(texts(xml, "InstdAmt")).containsExactly("0.10", "0.20", "1234.56");
        assertThat(((Element) xml.getElementsByTagNameNS("*", "InstdAmt").item(0)).getAttribute("Ccy"))
                .isEqualTo("GBP");
        assertThat(texts(xml, "MmbId")).contains("404784");
        assertThat(texts(xml, "Id")).contains("40478470872490");
        assertThat(texts(xml, "ReqdExctnDt")).containsExactly("2026-11-25");
    }

    @Test
    void numberOfTransactionsAndControlSumMatchTheTransfersExactly() throws Exception {
        Document xml = parse(CreditTransferFile.toBytes(threeGrantPayments()));

        // once in the group header, once in the payment information block
        assertThat(texts(xml, "NbOfTxs")).containsExactly("3", "3");
        assertThat(texts(xml, "CtrlSum")).containsExactly("1234.86", "1234.86");
        assertThat(threeGrantPayments().controlSum()).isEqualTo(new BigDecimal("1234.86"));
    }

    @Test
    void wholePoundsAreWrittenWithTwoDecimalPlaces() throws Exception {
        var file = CreditTransferFile.toBytes(batch(List.of(transfer("GR-9", "5", "Five Pound Fund"))));

        assertThat(texts(parse(file), "InstdAmt")).containsExactly("5.00");
        assertThat(texts(parse(file), "CtrlSum")).containsExactly("5.00", "5.00");
    }

    @Test
    void nastyCreditorNameIsTransliteratedIntoTheBankCharacterSetAndValidates() throws Exception {
        var nasty = new CreditTransfer("GR-0004-1", new BigDecimal("10.00"), "Zoë's Café & Co. <Ltd>",
                "404784", "70872490", "Grant for Zoë’s “café” – phase 2 ✓");

        byte[] file = CreditTransferFile.toBytes(batch(List.of(nasty)));

        CreditTransferFile.validate(file);
        Document xml = parse(file);
        assertThat(texts(xml, "Nm")).contains("Zoe's Cafe and Co. (Ltd)");
        assertThat(texts(xml, "Ustrd")).containsExactly("Grant for Zoe's 'cafe' - phase 2");
    }

    @Test
    void longNamesAndRemittanceAreCutToTheFieldLengths() throws Exception {
        String longName = "The Very Long Named Community Interest Company For Allotments And Gardens Limited";
        var transfer = new CreditTransfer("GR-5", new BigDecimal("1.00"), longName, "404784", "70872490",
                "x".repeat(300));

        byte[] file = CreditTransferFile.toBytes(batch(List.of(transfer)));

        CreditTransferFile.validate(file);
        Document xml = parse(file);
        assertThat(texts(xml, "Nm")).contains(longName.substring(0, 70).stripTrailing());
        assertThat(texts(xml, "Ustrd").getFirst()).hasSize(140);
    }

    @Test
    void debtorKnownByIbanValidates() {
        var byIban = new PaymentBatch("RUN-IBAN", Instant.parse("2026-11-23T00:05:00Z"), "Frontdoor",
                Debtor.iban("Community Fund", "GB29 NWBK 6016 1331 9268 19", null), LocalDate.of(2026, 11, 25),
                List.of(transfer("GR-1", "12.34", "Riverside Food Bank")));

        CreditTransferFile.validate(CreditTransferFile.toBytes(byIban));
    }

    @Test
    void refusesAnEmptyBatch() {
        assertThatThrownBy(() -> batch(List.of()))
                .isInstanceOf(InvalidPaymentException.class)
                .hasMessageContaining("RUN-2026-11-23-001")
                .hasMessageContaining("no transfers");
    }

    @Test
    void refusesAZeroOrNegativeAmountNamingTheTransfer() {
        assertThatThrownBy(() -> transfer("GR-0007-1", "0.00", "Riverside Food Bank"))
                .isInstanceOf(InvalidPaymentException.class)
                .hasMessageContaining("GR-0007-1")
                .hasMessageContaining("more than zero");
        assertThatThrownBy(() -> transfer("GR-0008-1", "-5.00", "Riverside Food Bank"))
                .hasMessageContaining("GR-0008-1");
    }

    @Test
    void refusesMoreThanTwoDecimalPlacesButAcceptsTrailingZeros() {
        assertThatThrownBy(() -> transfer("GR-0009-1", "10.005", "Riverside Food Bank"))
                .isInstanceOf(InvalidPaymentException.class)
                .hasMessageContaining("GR-0009-1")
                .hasMessageContaining("two decimal places");
        assertThat(transfer("GR-0010-1", "10.500", "Riverside Food Bank").amount()).isEqualTo(new BigDecimal("10.50"));
    }

    @Test
    void refusesASortCodeThatIsNotSixDigits() {
        assertThatThrownBy(() -> new CreditTransfer("GR-0011-1", BigDecimal.ONE, "Riverside Food Bank",
                "40-47-8", "70872490", null))
                .isInstanceOf(InvalidPaymentException.class)
                .hasMessageContaining("GR-0011-1")
                .hasMessageContaining("sort code '40-47-8' must be 6 digits");
    }

    @Test
    void refusesAnAccountNumberThatIsNotEightDigits() {
        assertThatThrownBy(() -> new CreditTransfer("GR-0012-1", BigDecimal.ONE, "Riverside Food Bank",
                "404784", "7087249A", null))
                .isInstanceOf(InvalidPaymentException.class)
                .hasMessageContaining("GR-0012-1")
                .hasMessageContaining("account number '7087249A' must be 8 digits");
    }

    @Test
    void refusesAnEndToEndIdLongerThan35CharactersOrOutsideTheCharacterSet() {
        assertThatThrownBy(() -> transfer("G".repeat(36), "1.00", "Riverside Food Bank"))
                .isInstanceOf(InvalidPaymentException.class)
                .hasMessageContaining("1 to 35 characters");
        assertThatThrownBy(() -> transfer("GR-<1>", "1.00", "Riverside Food Bank"))
                .isInstanceOf(InvalidPaymentException.class)
                .hasMessageContaining("GR-<1>");
    }

    @Test
    void refusesTwoTransfersWithTheSameEndToEndId() {
        assertThatThrownBy(() -> batch(List.of(transfer("GR-1", "1.00", "A"), transfer("GR-1", "2.00", "B"))))
                .isInstanceOf(InvalidPaymentException.class)
                .hasMessageContaining("GR-1 appears more than once");
    }

    @Test
    void refusesACreditorNameWithNothingABankCanCarry() {
        assertThatThrownBy(() -> transfer("GR-13", "1.00", "★★★"))
                .isInstanceOf(InvalidPaymentException.class)
                .hasMessageContaining("GR-13")
                .hasMessageContaining("creditor name");
    }

    @Test
    void validateRejectsAFileThatBreaksTheSchema() {
        String good = new String(CreditTransferFile.toBytes(threeGrantPayments()), StandardCharsets.UTF_8);
        byte[] lowerCaseCurrency = good.replaceFirst("Ccy=\"GBP\"", "Ccy=\"gbp\"").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CreditTransferFile.validate(lowerCaseCurrency))
                .isInstanceOf(InvalidPaymentFileException.class)
                .hasMessageContaining("line");
    }

    @Test
    void validateDoesNotFetchExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"" + CreditTransferFile.NAMESPACE + "\">&x;</Document>";

        assertThatThrownBy(() -> CreditTransferFile.validate(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidPaymentFileException.class);
    }

    @Test
    void tenThousandTransfersStreamToAnOutputStream() {
        PaymentBatch run = PaymentBatches.manyPayments(10_000);
        var counting = new CountingStream();

        long started = System.nanoTime();
        CreditTransferFile.write(run, counting);
        long millis = (System.nanoTime() - started) / 1_000_000;

        // A sanity check, not a benchmark: printed for the reader, never asserted.
        System.out.println("wrote 10000 transfers, " + counting.bytes + " bytes, in " + millis + " ms");
        assertThat(counting.bytes).isGreaterThan(10_000 * 300L);
        CreditTransferFile.validate(CreditTransferFile.toBytes(run));
    }

    private static Document parse(byte[] file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }

    private static List<String> texts(Document xml, String element) {
        var nodes = xml.getElementsByTagNameNS(CreditTransferFile.NAMESPACE, element);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> nodes.item(i).getTextContent().strip()).toList();
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}

package org.frontdoor.grants.internal.payments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A payment run written as an ISO 20022 customer credit transfer initiation, pain.001.001.03, the
 * file a bank takes to pay many creditors from one account.
 *
 * <p>The file has one payment information block: the debtor, the execution date and every
 * transfer in pounds. The number of transactions and the control sum appear in the group header
 * and in the block, computed with {@link java.math.BigDecimal} from the transfers themselves, so
 * they always match. Names and remittance text are transliterated into the ISO 20022 Latin
 * character set and cut to length (names to 70 characters, remittance to 140). UK accounts are
 * written as the creditor agent's clearing-system member id ({@value #UK_CLEARING_SYSTEM}, the
 * sort code) and the account {@code Othr/Id} of sort code and account number under the
 * proprietary scheme {@value #UK_ACCOUNT_SCHEME}.
 *
 * <p>Writing streams: nothing but the writer's buffer is held, so a run of tens of thousands of
 * transfers costs no more memory than its records. {@link #validate(byte[])} checks a file against
 * the official schema kept in {@value #SCHEMA_RESOURCE}; call it before storing or sending a run.
 * Stateless and thread-safe.
 */
public final class CreditTransferFile {

    /** The XML namespace of the message. */
    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    /** The classpath location of the official ISO 20022 schema. */
    public static final String SCHEMA_RESOURCE = "/grants/payments/pain.001.001.03.xsd";
    /** ISO 20022 external clearing-system code for UK domestic sort codes. */
    public static final String UK_CLEARING_SYSTEM = "GBDSC";
    /** The proprietary account scheme name under which sort code + account number is sent. */
    public static final String UK_ACCOUNT_SCHEME = "SortCodeAccountNumber";

    static final int NAME_LENGTH = 70;
    static final int REMITTANCE_LENGTH = 140;
    private static final String CURRENCY = "GBP";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static volatile Schema schema;

    private CreditTransferFile() {
    }

    /**
     * Writes the run to {@code out} as UTF-8 XML. The stream is flushed, not closed.
     *
     * @throws UncheckedIOException when the stream fails
     */
    public static void write(PaymentBatch batch, OutputStream out) {
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            new Writing(xml).document(batch);
            xml.flush();
            xml.close(); // closes the writer only, never the underlying stream
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("Could not write payment file " + batch.messageId(), e);
        }
    }

    /** The run as the bytes of a file. */
    public static byte[] toBytes(PaymentBatch batch) {
        var out = new ByteArrayOutputStream(1024 + 600 * batch.transfers().size());
        write(batch, out);
        return out.toByteArray();
    }

    /**
     * Checks a file against the official pain.001.001.03 schema. External entities and schemas
     * referenced by the file are not fetched.
     *
     * @throws InvalidPaymentFileException naming the line, column and reason of the first error
     */
    public static void validate(byte[] file) {
        try {
            Validator validator = schema().newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(file)));
        } catch (SAXParseException e) {
            throw new InvalidPaymentFileException("Payment file is not valid pain.001.001.03 at line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new InvalidPaymentFileException("Payment file is not valid pain.001.001.03: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema schema() throws SAXException {
        Schema loaded = schema;
        if (loaded == null) {
            URL xsd = CreditTransferFile.class.getResource(SCHEMA_RESOURCE);
            if (xsd == null) {
                throw new IllegalStateException("The pain.001 schema is missing from the classpath: " + SCHEMA_RESOURCE);
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            loaded = factory.newSchema(xsd);
            schema = loaded; // a race only loads the same immutable schema twice
        }
        return loaded;
    }

    /** One file being written; element order follows the schema's sequences exactly. */
    private static final class Writing {

        private final XMLStreamWriter xml;
        private int depth;

        Writing(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void document(PaymentBatch batch) throws XMLStreamException {
            String count = Integer.toString(batch.transfers().size());
            String controlSum = batch.controlSum().toPlainString();
            Debtor debtor = batch.debtor();

            xml.writeStartDocument("UTF-8", "1.0");
            open("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            open("CstmrCdtTrfInitn");

            open("GrpHdr");
            leaf("MsgId", batch.messageId());
            leaf("CreDtTm", batch.createdAt().truncatedTo(ChronoUnit.SECONDS).toString());
            leaf("NbOfTxs", count);
            leaf("CtrlSum", controlSum);
            open("InitgPty");
            leaf("Nm", name(batch.initiatingPartyName()));
            close();
            close();

            open("PmtInf");
            leaf("PmtInfId", batch.messageId());
            leaf("PmtMtd", "TRF");
            // One debit entry per payment, so each grant payment can be matched on the statement.
            leaf("BtchBookg", "false");
            leaf("NbOfTxs", count);
            leaf("CtrlSum", controlSum);
            leaf("ReqdExctnDt", batch.executionDate().toString());
            open("Dbtr");
            leaf("Nm", name(debtor.name()));
            close();
            open("DbtrAcct");
            open("Id");
            if (debtor.hasIban()) {
                leaf("IBAN", debtor.iban());
            } else {
                ukAccount(debtor.sortCode(), debtor.accountNumber());
            }
            close();
            leaf("Ccy", CURRENCY);
            close();
            open("DbtrAgt");
            open("FinInstnId");
            if (debtor.bic() != null) {
                leaf("BIC", debtor.bic());
            }
            if (!debtor.hasIban()) {
                clearingMember(debtor.sortCode());
            } else if (debtor.bic() == null) {
                // The schema needs something here; this is the guides' agreed filler.
                open("Othr");
                leaf("Id", "NOTPROVIDED");
                close();
            }
            close();
            close();
            for (CreditTransfer transfer : batch.transfers()) {
                transfer(transfer);
            }
            close();

            close();
            close();
            xml.writeEndDocument();
        }

        private void transfer(CreditTransfer transfer) throws XMLStreamException {
            open("CdtTrfTxInf");
            open("PmtId");
            leaf("EndToEndId", transfer.endToEndId());
            close();
            open("Amt");
            indent();
            xml.writeStartElement("InstdAmt");
            xml.writeAttribute("Ccy", CURRENCY);
            xml.writeCharacters(transfer.amount().toPlainString());
            xml.writeEndElement();
            close();
            open("CdtrAgt");
            open("FinInstnId");
            clearingMember(transfer.sortCode());
            close();
            close();
            open("Cdtr");
            leaf("Nm", name(transfer.creditorName()));
            close();
            open("CdtrAcct");
            open("Id");
            ukAccount(transfer.sortCode(), transfer.accountNumber());
            close();
            close();
            String remittance = Iso20022Text.fit(Iso20022Text.latin(transfer.remittance()), REMITTANCE_LENGTH);
            if (!remittance.isEmpty()) {
                open("RmtInf");
                leaf("Ustrd", remittance);
                close();
            }
            close();
        }

        private void clearingMember(String sortCode) throws XMLStreamException {
            open("ClrSysMmbId");
            open("ClrSysId");
            leaf("Cd", UK_CLEARING_SYSTEM);
            close();
            leaf("MmbId", sortCode);
            close();
        }

        private void ukAccount(String sortCode, String accountNumber) throws XMLStreamException {
            open("Othr");
            leaf("Id", sortCode + accountNumber);
            open("SchmeNm");
            leaf("Prtry", UK_ACCOUNT_SCHEME);
            close();
            close();
        }

        private static String name(String name) {
            return Iso20022Text.fit(Iso20022Text.latin(name), NAME_LENGTH);
        }

        // Indented by hand: StAX does not indent, and people read these files when a bank rejects one.
        private void open(String element) throws XMLStreamException {
            indent();
            xml.writeStartElement(element);
            depth++;
        }

        private void close() throws XMLStreamException {
            depth--;
            indent();
            xml.writeEndElement();
        }

        private void leaf(String element, String text) throws XMLStreamException {
            indent();
            xml.writeStartElement(element);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        private void indent() throws XMLStreamException {
            xml.writeCharacters("\n");
            for (int i = 0; i < depth; i++) {
                xml.writeCharacters("  ");
            }
        }
    }
}

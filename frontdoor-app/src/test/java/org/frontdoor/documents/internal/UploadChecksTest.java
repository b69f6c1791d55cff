package org.frontdoor.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.frontdoor.documents.FileRules;
import org.frontdoor.documents.FileType;
import org.frontdoor.documents.Upload;
import org.frontdoor.documents.VirusScanner;
import org.junit.jupiter.api.Test;

class UploadChecksTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private final VirusScanner scanner = new EicarStandIn();
    private final FileRules pictures = new FileRules(EnumSet.of(FileType.PDF, FileType.JPG, FileType.PNG), 1024);

    @Test
    void acceptsAFileOfAnAllowedKindJudgedByItsContent() {
        var verdict = UploadChecks.check(new Upload("scan.jpg", "image/jpeg", PNG), pictures, scanner);
        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.type()).as("named .jpg, but its bytes are a PNG").isEqualTo(FileType.PNG);
        assertThat(verdict.scan().summary()).isEqualTo("clean (eicar-stand-in)");
    }

    @Test
    void refusesTextDressedUpAsAPdf() {
        var verdict = UploadChecks.check(new Upload("letter.pdf", "application/pdf", "Dear Sir".getBytes(StandardCharsets.UTF_8)),
                pictures, scanner);
        assertThat(verdict.refusal()).isEqualTo("The selected file must be a PDF, JPG or PNG");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(UploadChecks.check(new Upload("empty.pdf", "application/pdf", new byte[0]), pictures, scanner).refusal())
                .isEqualTo("The selected file is empty");
    }

    @Test
    void refusesAFileOverTheLimit() {
        var big = new byte[1025];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(UploadChecks.check(new Upload("big.pdf", "application/pdf", big), pictures, scanner).refusal())
                .isEqualTo("The selected file must be smaller than 1KB");
    }

    @Test
    void refusesTheEicarTestFileAsAVirusWhateverItIsCalled() {
        var eicar = new Upload("report.pdf", "application/pdf", EICAR.getBytes(StandardCharsets.US_ASCII));
        assertThat(UploadChecks.check(eicar, pictures, scanner).refusal()).isEqualTo("The selected file contains a virus");
    }

    @Test
    void aScannerThatFailsRefusesTheFile() {
        VirusScanner broken = content -> {
            throw new IllegalStateException("daemon down");
        };
        assertThat(UploadChecks.check(new Upload("a.pdf", null, PDF), pictures, broken).refusal()).contains("could not be checked");
    }

    @Test
    void aDocxIsAZipHoldingAWordDocumentAndOtherZipsAreNot() throws IOException {
        assertThat(FileType.of(zip("word/document.xml"))).contains(FileType.DOCX);
        assertThat(FileType.of(zip("payload.exe"))).isEmpty();
    }

    @Test
    void namesAreReducedToTheirLastSegmentWithoutControlCharacters() {
        assertThat(new Upload("C:\\Users\\me\\evidence\n.pdf", null, PDF).name()).isEqualTo("evidence.pdf");
        assertThat(new Upload("../../etc/passwd", null, PDF).name()).isEqualTo("passwd");
        assertThat(new Upload("", null, PDF).name()).isEqualTo("document");
    }

    @Test
    void describesLimitsInWordsPeopleUse() {
        assertThat(FileRules.DEFAULT.typesText()).isEqualTo("PDF, JPG or PNG");
        assertThat(FileRules.DEFAULT.maxSizeText()).isEqualTo("10MB");
        assertThat(FileRules.DEFAULT.accept()).isEqualTo(".pdf,.jpg,.jpeg,.png");
        assertThat(FileRules.sizeText(1_300_000)).isEqualTo("1.2MB");
    }

    static byte[] zip(String entry) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}

package org.frontdoor.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file the platform accepts, each recognised by its first bytes ("magic bytes"), so a
 * renamed program or a mislabelled upload is not taken for what its name claims.
 */
public enum FileType {
    PDF("pdf", "application/pdf", "PDF"),
    JPG("jpg", "image/jpeg", "JPG"),
    PNG("png", "image/png", "PNG"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX");

    private static final byte[] PDF_START = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_START = {'P', 'K', 0x03, 0x04};
    private static final int MAX_ZIP_ENTRIES = 2_000;

    private final String yamlName;
    private final String mediaType;
    private final String label;

    FileType(String yamlName, String mediaType, String label) {
        this.yamlName = yamlName;
        this.mediaType = mediaType;
        this.label = label;
    }

    /** The name used in service definitions and as the file extension, for example {@code pdf}. */
    public String yamlName() {
        return yamlName;
    }

    /** The Content-Type a download of this kind is served with. */
    public String mediaType() {
        return mediaType;
    }

    /** How citizens know the kind, for example "PDF". */
    public String label() {
        return label;
    }

    /** The type named in a service definition ({@code jpeg} is read as {@code jpg}). */
    public static Optional<FileType> fromName(String name) {
        var lower = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        var wanted = lower.equals("jpeg") ? "jpg" : lower;
        return Arrays.stream(values()).filter(type -> type.yamlName.equals(wanted)).findFirst();
    }

    /** What the content is, judged from its bytes alone; empty when it is none of the accepted kinds. */
    public static Optional<FileType> of(byte[] content) {
        if (startsWith(content, PDF_START)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_START)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPG_START)) {
            return Optional.of(JPG);
        }
        if (startsWith(content, ZIP_START) && isWordDocument(content)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    /** A DOCX is a ZIP archive; only one holding the main part of a Word document counts. */
    private static boolean isWordDocument(byte[] content) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (int i = 0; i < MAX_ZIP_ENTRIES; i++) {
                var entry = zip.getNextEntry();
                if (entry == null) {
                    return false;
                }
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] start) {
        return content.length >= start.length && Arrays.equals(content, 0, start.length, start, 0, start.length);
    }
}

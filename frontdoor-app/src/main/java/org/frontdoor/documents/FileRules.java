package org.frontdoor.documents;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a question (or a case) accepts: which kinds of file, and how big.
 *
 * @param types    the accepted kinds, never empty
 * @param maxBytes the largest accepted size in bytes, at most {@link #LARGEST}
 */
public record FileRules(Set<FileType> types, long maxBytes) {

    public static final long MEGABYTE = 1024L * 1024L;
    /** The largest file any question may accept; the web server refuses bigger requests before reading them. */
    public static final long LARGEST = 50 * MEGABYTE;
    /** Evidence as people usually have it: a scan or a photo, up to 10MB. */
    public static final FileRules DEFAULT = new FileRules(EnumSet.of(FileType.PDF, FileType.JPG, FileType.PNG), 10 * MEGABYTE);
    /** What citizens and staff may add to an existing case. */
    public static final FileRules CASE_DOCUMENTS = new FileRules(EnumSet.allOf(FileType.class), 10 * MEGABYTE);

    public FileRules {
        if (types == null || types.isEmpty()) {
            throw new IllegalArgumentException("Accept at least one kind of file");
        }
        if (maxBytes < 1 || maxBytes > LARGEST) {
            throw new IllegalArgumentException("The largest size must be from 1 byte to " + LARGEST + " bytes");
        }
        types = Set.copyOf(EnumSet.copyOf(types));
    }

    /** The accepted kinds in a sentence, for example "PDF, JPG or PNG". */
    public String typesText() {
        var labels = EnumSet.copyOf(types).stream().map(FileType::label).toList();
        return labels.size() == 1 ? labels.getFirst()
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.getLast();
    }

    /** The size limit as people read it, for example "10MB" or "500KB". */
    public String maxSizeText() {
        return sizeText(maxBytes);
    }

    /** The file extensions accepted, for the file chooser's {@code accept} attribute, like ".pdf,.jpg,.png". */
    public String accept() {
        return String.join(",", EnumSet.copyOf(types).stream()
                .flatMap(type -> type == FileType.JPG ? List.of(".jpg", ".jpeg").stream() : List.of("." + type.yamlName()).stream())
                .toList());
    }

    /** A size in bytes as people read it: whole MB or KB where it divides evenly, else one decimal. */
    public static String sizeText(long bytes) {
        if (bytes >= MEGABYTE) {
            return bytes % MEGABYTE == 0 ? bytes / MEGABYTE + "MB" : String.format(java.util.Locale.UK, "%.1fMB", bytes / (double) MEGABYTE);
        }
        if (bytes >= 1024) {
            return bytes % 1024 == 0 ? bytes / 1024 + "KB" : String.format(java.util.Locale.UK, "%.1fKB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}

package org.frontdoor.documents;

/**
 * What a {@link VirusScanner} said about a file.
 *
 * @param clean   whether the file may be kept
 * @param scanner which scanner looked, so a stored result says how much it is worth
 * @param finding what was found, or null when clean
 */
public record ScanResult(boolean clean, String scanner, String finding) {

    public static ScanResult clean(String scanner) {
        return new ScanResult(true, scanner, null);
    }

    public static ScanResult infected(String scanner, String finding) {
        return new ScanResult(false, scanner, finding);
    }

    /** As stored with the document, for example {@code clean (eicar-stand-in)}. */
    public String summary() {
        return (clean ? "clean" : "infected: " + finding) + " (" + scanner + ")";
    }
}

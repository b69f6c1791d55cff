package org.frontdoor.documents.internal;

import java.util.Optional;
import org.frontdoor.documents.FileRules;
import org.frontdoor.documents.FileType;
import org.frontdoor.documents.ScanResult;
import org.frontdoor.documents.Upload;
import org.frontdoor.documents.VirusScanner;

/**
 * Decides whether an upload may be kept, with the GOV.UK file upload messages. Plain Java. The scan
 * comes before the type check, so a test virus is reported as a virus whatever it is dressed as.
 */
final class UploadChecks {

    private UploadChecks() {
    }

    /** The accepted file's kind and scan, or the reason for refusing it. */
    record Verdict(FileType type, ScanResult scan, String refusal) {
        boolean accepted() {
            return refusal == null;
        }
    }

    static Verdict check(Upload upload, FileRules rules, VirusScanner scanner) {
        if (upload.size() == 0) {
            return refused("The selected file is empty");
        }
        if (upload.size() > rules.maxBytes()) {
            return refused("The selected file must be smaller than " + rules.maxSizeText());
        }
        ScanResult scan;
        try {
            scan = scanner.scan(upload.content());
        } catch (RuntimeException e) {
            return refused("The selected file could not be checked for viruses. Try again later");
        }
        if (!scan.clean()) {
            return refused("The selected file contains a virus");
        }
        Optional<FileType> type = FileType.of(upload.content());
        if (type.isEmpty() || !rules.types().contains(type.get())) {
            return refused("The selected file must be a " + rules.typesText());
        }
        return new Verdict(type.get(), scan, null);
    }

    private static Verdict refused(String message) {
        return new Verdict(null, null, message);
    }
}

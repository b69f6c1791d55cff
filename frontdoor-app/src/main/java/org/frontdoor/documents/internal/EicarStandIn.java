package org.frontdoor.documents.internal;

import java.nio.charset.StandardCharsets;
import org.frontdoor.documents.ScanResult;
import org.frontdoor.documents.VirusScanner;

/**
 * NOT an antivirus. The default {@link VirusScanner} when a deployment configures none: it finds
 * only the EICAR test string (the harmless file every antivirus product detects on purpose), so
 * the refusal path can be exercised end to end. Production deployments replace it with an adapter
 * to a real scanner such as ClamAV; the scan result stored with each document names the scanner
 * that looked, so documents accepted under this stand-in can be found and scanned again.
 */
final class EicarStandIn implements VirusScanner {

    static final String NAME = "eicar-stand-in";
    private static final byte[] EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
            .getBytes(StandardCharsets.US_ASCII);

    @Override
    public ScanResult scan(byte[] content) {
        return contains(content, EICAR) ? ScanResult.infected(NAME, "EICAR-Test-File") : ScanResult.clean(NAME);
    }

    private static boolean contains(byte[] content, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= content.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (content[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

package org.frontdoor.documents;

/**
 * Looks at every file before it is stored; an infected file is refused. A deployment provides its
 * own bean of this type (for example an adapter to a ClamAV daemon) to replace the default, which
 * only recognises the EICAR test file and is therefore no protection against real malware.
 */
public interface VirusScanner {

    /** Scans the content; must not keep it. Throwing refuses the upload as if infected. */
    ScanResult scan(byte[] content);
}

package org.frontdoor.documents;

/** A document with its content, for a download. */
public record DocumentFile(StoredDocument document, byte[] content) {
}

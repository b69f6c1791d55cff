package org.frontdoor.documents.internal;

import java.util.UUID;

/** Where the bytes of documents live; the metadata is always in the database. */
interface DocumentContents {

    /** Keeps the content under the document's id (in the caller's transaction where the store has one). */
    void put(UUID id, byte[] content);

    byte[] get(UUID id);

    /** How the metadata row records this store: {@code database} or {@code directory}. */
    String name();
}

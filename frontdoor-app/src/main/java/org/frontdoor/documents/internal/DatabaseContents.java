package org.frontdoor.documents.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Contents in a {@code bytea} column: one backup, one transaction with the metadata, nothing else to run. */
final class DatabaseContents implements DocumentContents {

    private final JdbcClient jdbc;

    DatabaseContents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(UUID id, byte[] content) {
        jdbc.sql("insert into document_contents (document_id, content) values (?, ?)").params(id, content).update();
    }

    @Override
    public byte[] get(UUID id) {
        return jdbc.sql("select content from document_contents where document_id = ?").param(id).query(byte[].class).single();
    }

    @Override
    public String name() {
        return "database";
    }
}

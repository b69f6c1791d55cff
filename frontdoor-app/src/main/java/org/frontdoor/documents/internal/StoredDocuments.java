package org.frontdoor.documents.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.documents.DocumentFile;
import org.frontdoor.documents.Documents;
import org.frontdoor.documents.FileType;
import org.frontdoor.documents.NewDocument;
import org.frontdoor.documents.StoredDocument;
import org.frontdoor.documents.VirusScanner;
import org.frontdoor.platform.InvalidInput;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StoredDocuments implements Documents {

    private static final String SELECT = """
            select id, name, file_type, size_bytes, sha256, uploaded_by, case_id, draft_id, question_id, scan_result, created_at
            from documents""";

    private final JdbcClient jdbc;
    private final DocumentContents contents;
    private final VirusScanner scanner;

    /** A deployment's own {@link VirusScanner} bean is used when there is one; otherwise the EICAR stand-in. */
    StoredDocuments(JdbcClient jdbc, DocumentContents contents, ObjectProvider<VirusScanner> scanners) {
        this.jdbc = jdbc;
        this.contents = contents;
        this.scanner = scanners.getIfUnique(EicarStandIn::new);
    }

    /** A refused file changes nothing, so the caller's transaction may go on and keep the rest of the page. */
    @Override
    @Transactional(noRollbackFor = InvalidInput.class)
    public StoredDocument store(NewDocument document) {
        var upload = document.upload();
        var verdict = UploadChecks.check(upload, document.rules(), scanner);
        if (!verdict.accepted()) {
            throw InvalidInput.of(document.field(), verdict.refusal());
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into documents (id, name, file_type, media_type, size_bytes, sha256, uploaded_by, case_id, draft_id, question_id,
                                       scan_result, stored_in)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, upload.name(), verdict.type().name(), verdict.type().mediaType(), upload.size(), sha256(upload.content()),
                        document.uploadedBy(), document.caseId(), document.draftId(), document.questionId(),
                        verdict.scan().summary(), contents.name())
                .update();
        contents.put(id, upload.content());
        return byId(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredDocument> ofCase(UUID caseId) {
        return jdbc.sql(SELECT + " where case_id = ? order by created_at, id").param(caseId).query(StoredDocuments::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentFile> read(UUID caseId, UUID documentId) {
        return byId(documentId).filter(d -> caseId.equals(d.caseId())).map(d -> new DocumentFile(d, contents.get(d.id())));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredDocument> ofDraft(UUID draftId, UUID documentId) {
        return byId(documentId).filter(d -> draftId.equals(d.draftId()));
    }

    @Override
    @Transactional
    public List<StoredDocument> moveToCase(UUID draftId, UUID caseId, Collection<UUID> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        var moved = jdbc.sql("update documents set case_id = ? where draft_id = ? and case_id is null and id = any(?) returning id")
                .params(caseId, draftId, documentIds.toArray(UUID[]::new)).query(UUID.class).list();
        return ofCase(caseId).stream().filter(d -> moved.contains(d.id())).toList();
    }

    private Optional<StoredDocument> byId(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(StoredDocuments::row).optional();
    }

    private static StoredDocument row(ResultSet rs, int n) throws SQLException {
        return new StoredDocument(rs.getObject("id", UUID.class), rs.getString("name"), FileType.valueOf(rs.getString("file_type")),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getObject("uploaded_by", UUID.class),
                rs.getObject("case_id", UUID.class), rs.getObject("draft_id", UUID.class), rs.getString("question_id"),
                rs.getString("scan_result"), rs.getTimestamp("created_at").toInstant());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

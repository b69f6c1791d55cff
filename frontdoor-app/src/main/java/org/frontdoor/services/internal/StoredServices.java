package org.frontdoor.services.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.UUID;
import org.frontdoor.services.ServiceAvailability;
import org.frontdoor.services.ServiceStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded definitions, service statuses and the generation that tells nodes either changed. */
@Repository
class StoredServices {

    private final JdbcClient jdbc;

    StoredServices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cheap: one row by primary key. Read before the rows it guards, so a change made meanwhile is caught next time. */
    long generation() {
        return jdbc.sql("select generation from service_catalogue_generation").query(Long.class).single();
    }

    /** Raises the generation and holds its row lock until commit, so changes to the catalogue take turns. */
    long raiseGeneration() {
        return jdbc.sql("update service_catalogue_generation set generation = generation + 1 returning generation")
                .query(Long.class).single();
    }

    List<Upload> uploads() {
        return jdbc.sql("""
                        select service_id, version, file_name, source, uploaded_by_name, uploaded_at
                        from service_definitions order by uploaded_at, service_id, version""")
                .query(StoredServices::upload).list();
    }

    OptionalInt newestUploadedVersion(String serviceId) {
        var newest = jdbc.sql("select max(version) from service_definitions where service_id = ?").param(serviceId)
                .query(Integer.class).optional();
        return newest.isPresent() ? OptionalInt.of(newest.get()) : OptionalInt.empty();
    }

    void insert(String serviceId, int version, String fileName, String source, UUID uploadedBy, String uploadedByName) {
        jdbc.sql("""
                        insert into service_definitions (service_id, version, file_name, source, uploaded_by, uploaded_by_name)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(serviceId, version, fileName, source, uploadedBy, uploadedByName).update();
    }

    List<ServiceAvailability> statuses() {
        return jdbc.sql("select service_id, status, message, changed_by_name, changed_at from service_status")
                .query((rs, n) -> new ServiceAvailability(rs.getString("service_id"),
                        ServiceStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getString("message"),
                        rs.getString("changed_by_name"), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    ServiceAvailability setStatus(String serviceId, ServiceStatus status, String message, UUID changedBy, String changedByName) {
        return jdbc.sql("""
                        insert into service_status (service_id, status, message, changed_by, changed_by_name)
                        values (?, ?, ?, ?, ?)
                        on conflict (service_id) do update set status = excluded.status, message = excluded.message,
                            changed_by = excluded.changed_by, changed_by_name = excluded.changed_by_name, changed_at = now()
                        returning changed_at""")
                .params(serviceId, status.name().toLowerCase(Locale.ROOT), message, changedBy, changedByName)
                .query((rs, n) -> new ServiceAvailability(serviceId, status, message, changedByName,
                        rs.getTimestamp("changed_at").toInstant()))
                .single();
    }

    private static Upload upload(ResultSet rs, int n) throws SQLException {
        return new Upload(rs.getString("service_id"), rs.getInt("version"), rs.getString("file_name"), rs.getString("source"),
                rs.getString("uploaded_by_name"), rs.getTimestamp("uploaded_at").toInstant());
    }

    /** An uploaded definition as stored; immutable once stored. */
    record Upload(String serviceId, int version, String fileName, String source, String uploadedBy, Instant uploadedAt) {
    }
}

package org.frontdoor.people.internal;

import java.util.List;
import java.util.UUID;
import org.frontdoor.people.LinkedApplications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Linked applications read from the registry: the applicant's own record of the {@code frontdoor}
 * source, the person it is linked to, that person's records, and the cases linked to them.
 */
@Component
class RegistryLinkedApplications implements LinkedApplications {

    private final JdbcClient jdbc;

    RegistryLinkedApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LinkedApplication> ofOtherAccountsOf(UUID applicantAccountId, int limit) {
        if (applicantAccountId == null || limit <= 0) {
            return List.of();
        }
        // Each step is an index read: the (source_id, source_record_id) key, people_records_person,
        // people_cases_record. Records follow merges and splits, so person_id is always the current person.
        // A case is linked through its applicant's own record, so leaving that record out leaves out
        // exactly the account's own cases, without reading them.
        return jdbc.sql("""
                select pc.case_id, pc.reference, pc.service_id, pc.applicant_id, own.person_id, pc.submitted_at
                  from people_records own
                  join people_records r on r.person_id = own.person_id and r.id <> own.id
                  join people_cases pc on pc.record_id = r.id
                 where own.source_id = ? and own.source_record_id = ?
                 order by pc.submitted_at desc, pc.case_id
                 limit ?""").params(Source.FRONTDOOR, applicantAccountId.toString(), limit)
                .query((rs, n) -> new LinkedApplication(rs.getObject("case_id", UUID.class), rs.getString("reference"),
                        rs.getString("service_id"), rs.getObject("applicant_id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }
}

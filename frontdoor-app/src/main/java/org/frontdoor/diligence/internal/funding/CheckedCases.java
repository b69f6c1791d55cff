package org.frontdoor.diligence.internal.funding;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases the duplicate-funding check has seen ({@code diligence_funding_cases}) and their
 * normalised details ({@code diligence_identifiers}); written when the check runs, read by later runs.
 */
@Repository
class CheckedCases {

    /** The same applicant's other cases with a detail are information: a few say enough. */
    static final int OWN_LISTED = 5;

    private final JdbcClient jdbc;

    CheckedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One case as stored.
     *
     * @param applicantKey     who is behind it: {@code org:<org id>} or {@code account:<uuid>}
     * @param applicantAccount the account that applied, or null when unknown
     */
    record CheckedCase(UUID caseId, String reference, String serviceId, String applicantKey, UUID applicantAccount, String purpose) {
    }

    /** Another case with one of the details, and which detail. */
    record Sharing(Identifier identifier, CheckedCase other) {
    }

    /** The account that submitted the case, as the runner recorded it on the case's report; empty without a report. */
    Optional<UUID> applicantAccount(UUID caseId) {
        return jdbc.sql("select applicant_id from diligence_reports where case_id = ?").param(caseId).query(UUID.class).optional();
    }

    /**
     * Stores the case and exactly these details, replacing what an earlier run stored, in one
     * statement: the case, the removal of details the answers no longer have, the others added or
     * refreshed. Called outside a transaction it is committed when it returns, which is what lets
     * {@link #sharing} run after it without locks (see the check).
     */
    void record(CheckedCase checked, Set<Identifier> identifiers) {
        jdbc.sql("""
                with details (kind, value) as (select * from unnest(:kinds::text[], :values::text[])),
                stored as (
                    insert into diligence_funding_cases (case_id, reference, service_id, applicant_key, applicant_account, purpose)
                    values (:case, :reference, :service, :key, :account, :purpose)
                    on conflict (case_id) do update set reference = excluded.reference, service_id = excluded.service_id,
                        applicant_key = excluded.applicant_key, applicant_account = excluded.applicant_account,
                        purpose = excluded.purpose, checked_at = excluded.checked_at
                    returning case_id, checked_at),
                stale as (
                    delete from diligence_identifiers i where i.case_id = :case
                       and (i.kind, i.value) not in (select kind, value from details))
                insert into diligence_identifiers (case_id, kind, value, applicant_key, checked_at)
                select s.case_id, d.kind, d.value, :key, s.checked_at from stored s cross join details d
                on conflict (case_id, kind, value) do update set applicant_key = excluded.applicant_key,
                    checked_at = excluded.checked_at""")
                .param("kinds", kinds(identifiers)).param("values", values(identifiers)).param("case", checked.caseId())
                .param("reference", checked.reference()).param("service", checked.serviceId()).param("key", checked.applicantKey())
                .param("account", checked.applicantAccount()).param("purpose", checked.purpose())
                .update();
    }

    /**
     * The other cases sharing any of these details: per detail, at most {@code limit} of other
     * applicants and {@link #OWN_LISTED} of the same applicant, newest first. Each is a read in index
     * order that stops after the rows listed, so a detail shared by thousands of cases (an agent's
     * phone number, a planted bank account) cannot make a check slow.
     */
    List<Sharing> sharing(CheckedCase checked, Set<Identifier> identifiers, int limit) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select d.kind, d.value, f.case_id, f.reference, f.service_id, f.applicant_key, f.applicant_account
                  from unnest(:kinds::text[], :values::text[]) as d(kind, value)
                  cross join lateral (
                        (select i.case_id from diligence_identifiers i
                          where i.kind = d.kind and i.value = d.value and i.case_id <> :case and i.applicant_key <> :key
                          order by i.checked_at desc limit :limit)
                        union all
                        (select i.case_id from diligence_identifiers i
                          where i.kind = d.kind and i.value = d.value and i.case_id <> :case and i.applicant_key = :key
                          order by i.checked_at desc limit :own)) m
                  join diligence_funding_cases f on f.case_id = m.case_id
                 order by d.kind, d.value, f.reference""")
                .param("kinds", kinds(identifiers)).param("values", values(identifiers)).param("case", checked.caseId())
                .param("key", checked.applicantKey()).param("limit", limit).param("own", OWN_LISTED)
                .query((rs, n) -> new Sharing(new Identifier(Identifier.Kind.valueOf(rs.getString("kind")), rs.getString("value")),
                        new CheckedCase(rs.getObject("case_id", UUID.class), rs.getString("reference"), rs.getString("service_id"),
                                rs.getString("applicant_key"), rs.getObject("applicant_account", UUID.class), null)))
                .list();
    }

    private static String[] kinds(Set<Identifier> identifiers) {
        return identifiers.stream().map(i -> i.kind().name()).toArray(String[]::new);
    }

    private static String[] values(Set<Identifier> identifiers) {
        return identifiers.stream().map(Identifier::value).toArray(String[]::new);
    }

    /** The purposes stored for these cases, by case; cases without one are left out. */
    Map<UUID, String> purposes(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        var found = new HashMap<UUID, String>();
        jdbc.sql("select case_id, purpose from diligence_funding_cases where case_id = any(?::uuid[]) and purpose is not null")
                .param(caseIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("case_id", UUID.class), rs.getString("purpose"))).list()
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

}

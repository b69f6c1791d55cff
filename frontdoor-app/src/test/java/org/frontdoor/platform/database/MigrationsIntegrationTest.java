package org.frontdoor.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SystemTest
class MigrationsIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void flywayIsTheOneSchemaHistoryAndAllMigrationsApplied() {
        var failed = jdbc.sql("select count(*) from flyway_schema_history where not success").query(Integer.class).single();
        var applied = jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single();
        assertThat(failed).isZero();
        assertThat(applied).isGreaterThanOrEqualTo(1);
    }

    @Test
    void createsTheTablesOfEveryFoundationCapability() {
        var tables = jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema()")
                .query(String.class).list();
        assertThat(tables).contains("accounts", "account_roles", "teams", "team_members", "account_tokens",
                "account_identities", "sign_in_attempts", "outbound_emails", "audit_log", "audit_seals", "audit_chain_head",
                "spring_session", "spring_session_attributes", "event_publication");
    }

    @Test
    void runsOnPostgresql() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
    }
}

package org.frontdoor.identity.internal;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sign-in attempts, counted from the database so that throttling holds across nodes. */
@Repository
class SignInAttempts {

    private final JdbcClient jdbc;

    SignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String login, String remoteAddress, boolean succeeded) {
        jdbc.sql("insert into sign_in_attempts (login, remote_address, succeeded) values (?, ?, ?)")
                .params(login.length() > 254 ? login.substring(0, 254) : login, remoteAddress, succeeded)
                .update();
    }

    /** Failures for this login since its last success, within the window. */
    int recentFailuresForLogin(String login, Duration window) {
        return jdbc.sql("""
                select count(*) from sign_in_attempts f
                where lower(f.login) = lower(?) and not f.succeeded and f.attempted_at > now() - ?::interval
                  and f.attempted_at > coalesce((select max(s.attempted_at) from sign_in_attempts s
                                                 where lower(s.login) = lower(?) and s.succeeded), '-infinity')""")
                .params(login, window.toSeconds() + " seconds", login)
                .query(Integer.class).single();
    }

    int recentFailuresFromAddress(String remoteAddress, Duration window) {
        if (remoteAddress == null) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from sign_in_attempts
                where remote_address = ? and not succeeded and attempted_at > now() - ?::interval""")
                .params(remoteAddress, window.toSeconds() + " seconds")
                .query(Integer.class).single();
    }
}

package org.frontdoor.people.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontdoor.linkage.record.PersonField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The source systems. */
@Repository
class Sources {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Sources(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Source> all() {
        return jdbc.sql("select id, name, trust::text as trust from people_sources order by name")
                .query((rs, n) -> new Source(rs.getString("id"), rs.getString("name"), trust(rs.getString("trust"))))
                .list();
    }

    Optional<Source> byId(String id) {
        return jdbc.sql("select id, name, trust::text as trust from people_sources where id = ?").params(id)
                .query((rs, n) -> new Source(rs.getString("id"), rs.getString("name"), trust(rs.getString("trust"))))
                .optional();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("select count(*) from people_sources where lower(name) = lower(?)").params(name)
                .query(Integer.class).single() > 0;
    }

    /** Adds a source, or changes the name and trust of an existing one. */
    void save(Source source) {
        Map<String, Integer> trust = new LinkedHashMap<>();
        source.trust().forEach((field, level) -> trust.put(field.key(), level));
        jdbc.sql("""
                insert into people_sources (id, name, trust) values (?, ?, ?::jsonb)
                on conflict (id) do update set name = excluded.name, trust = excluded.trust""")
                .params(source.id(), source.name(), json.writeValueAsString(trust)).update();
    }

    private Map<PersonField, Integer> trust(String text) {
        Map<String, Integer> raw = json.readValue(text, new TypeReference<Map<String, Integer>>() { });
        Map<PersonField, Integer> trust = new EnumMap<>(PersonField.class);
        raw.forEach((key, level) -> trust.put(PersonField.fromKey(key), level));
        return trust;
    }
}

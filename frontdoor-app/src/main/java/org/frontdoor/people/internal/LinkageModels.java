package org.frontdoor.people.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontdoor.linkage.model.LinkageModel;
import org.frontdoor.linkage.model.ModelDocument;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of the linkage model: version 1 is the one shipped in the application, later versions
 * were retrained by an admin and are stored with who, when, from how many labels, and how their
 * parameters compare with the model they replaced. Stored versions never change.
 */
@Repository
class LinkageModels {

    /** The model shipped in the application. */
    static final int SHIPPED = 1;

    /**
     * Prior probability that two records drawn at random are the same person. The shipped model was
     * trained on 20,000 synthetic records (prior about 1.9e-4); a registry of a whole population has far
     * more persons, so we assume one in 100,000. Lower means more conservative: names alone never link.
     * Retrained models get the same prior, whatever their training set was.
     */
    static final double REGISTRY_PRIOR = 1e-5;

    /** A stored version, without its document. */
    public record Version(int version, int previousVersion, ModelTraining.Method method, int records, int samePersonLabels,
                   int differentPeopleLabels, List<ModelParameters.Row> parameters, String trainedBy, Instant trainedAt) {

        /** The parameters grouped by comparison, in the model's order, for one table each. */
        public Map<String, List<ModelParameters.Row>> byComparison() {
            Map<String, List<ModelParameters.Row>> groups = new java.util.LinkedHashMap<>();
            parameters.forEach(row -> groups.computeIfAbsent(row.comparison(), key -> new java.util.ArrayList<>()).add(row));
            return groups;
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final LinkageModel shipped;

    LinkageModels(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.shipped = loadShipped();
    }

    LinkageModel shipped() {
        return shipped;
    }

    /** The model of a version, ready for matching. */
    LinkageModel model(int version) {
        if (version == SHIPPED) {
            return shipped;
        }
        String document = jdbc.sql("select document::text from people_models where version = ?").params(version)
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("Linkage model version " + version + " is not stored"));
        return ModelDocument.fromMap(json.readValue(document, new TypeReference<Map<String, Object>>() { }))
                .withPrior(REGISTRY_PRIOR);
    }

    /** Retrained versions, newest first. */
    List<Version> versions() {
        return jdbc.sql("select *, parameters::text as parameters_text from people_models order by version desc")
                .query((rs, n) -> toVersion(rs)).list();
    }

    Optional<Version> version(int version) {
        return jdbc.sql("select *, parameters::text as parameters_text from people_models where version = ?")
                .params(version).query((rs, n) -> toVersion(rs)).optional();
    }

    /** Stores a retrained model as the next version; callers hold the linking lock, so versions never collide. */
    int store(int previousVersion, ModelTraining.Trained trained, List<ModelParameters.Row> parameters, String actor) {
        int version = jdbc.sql("select coalesce(max(version), ?) + 1 from people_models").params(SHIPPED)
                .query(Integer.class).single();
        jdbc.sql("""
                insert into people_models (version, previous_version, method, records, same_person_labels,
                    different_people_labels, document, parameters, trained_by)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""")
                .params(version, previousVersion, trained.method().name(), trained.records(), trained.samePersonLabels(),
                        trained.differentPeopleLabels(), json.writeValueAsString(ModelDocument.toMap(trained.model())),
                        json.writeValueAsString(parameters), actor)
                .update();
        return version;
    }

    private Version toVersion(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Version(rs.getInt("version"), rs.getInt("previous_version"),
                ModelTraining.Method.valueOf(rs.getString("method")), rs.getInt("records"), rs.getInt("same_person_labels"),
                rs.getInt("different_people_labels"),
                json.readValue(rs.getString("parameters_text"), new TypeReference<List<ModelParameters.Row>>() { }),
                rs.getString("trained_by"), rs.getTimestamp("trained_at").toInstant());
    }

    @SuppressWarnings("unchecked")
    static LinkageModel loadShipped() {
        try (InputStream in = new ClassPathResource("people/linkage-model.yaml").getInputStream()) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return ModelDocument.fromMap((Map<String, Object>) document).withPrior(REGISTRY_PRIOR);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the person linkage model", e);
        }
    }
}

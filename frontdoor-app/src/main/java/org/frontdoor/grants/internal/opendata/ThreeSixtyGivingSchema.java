package org.frontdoor.grants.internal.opendata;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 360Giving Data Standard's JSON Schema (version 1.4.3, shipped in
 * {@code src/main/resources/grants/360giving}), compiled once and safe to share between threads.
 *
 * <p>Two readings of it: {@link #problemsOf} is the standard as published, used for what Frontdoor
 * publishes; {@link #historyProblemsOf} is the same schema except that a grant's title and
 * description may be missing, used for importing other funders' history. Older files (such as
 * GrantNav's "stack" exports) carry only identifiers, amounts and dates; those are exactly what the
 * "funded before" check needs, so refusing them for lack of prose would lose most of the history.
 */
@org.springframework.stereotype.Component
final class ThreeSixtyGivingSchema {

    static final String GRANT_SCHEMA_ID = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-schema.json";
    /** The package schema names the grant schema by its 1.4.2 address; the grant part of 1.4.3 is compatible. */
    static final String PACKAGE_ITEMS_ID = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json";
    static final String PACKAGE_SCHEMA_ID = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json";

    /**
     * Reads amounts as exact decimals, so 1234.56 is never 1234.5599999; and reads one grant at a time from a
     * stream, where the next grant after the one read is expected, not a trailing mistake.
     */
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final Schema grant;
    private final Schema historyGrant;
    private final Schema grantPackage;

    ThreeSixtyGivingSchema() {
        var grantText = resource("360-giving-schema.json");
        var packageText = resource("360-giving-package-schema.json");
        var grantNode = (ObjectNode) JSON.readTree(grantText);
        // Nothing is fetched from the network: every schema the files name is served from the copies in the jar.
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(config())
                .schemas(Map.of(GRANT_SCHEMA_ID, grantText, PACKAGE_ITEMS_ID, grantText, PACKAGE_SCHEMA_ID, packageText)));
        this.grant = registry.getSchema(SchemaLocation.of(GRANT_SCHEMA_ID));
        this.grantPackage = registry.getSchema(SchemaLocation.of(PACKAGE_SCHEMA_ID));
        var history = withoutProseRequired(grantNode.deepCopy());
        var historyRegistry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(config()));
        this.historyGrant = historyRegistry.getSchema(SchemaLocation.of(GRANT_SCHEMA_ID + "#history"), history);
    }

    /** What is wrong with one grant by the standard as published; empty when it is valid. */
    List<SchemaProblem> problemsOf(JsonNode grant) {
        return problems(this.grant, grant);
    }

    /** What is wrong with one grant of another funder's history (title and description may be missing). */
    List<SchemaProblem> historyProblemsOf(JsonNode grant) {
        return problems(historyGrant, grant);
    }

    /** What is wrong with a whole package ({@code {"grants": [...]}}); empty when it is valid. */
    List<SchemaProblem> packageProblemsOf(JsonNode grantPackage) {
        return problems(this.grantPackage, grantPackage);
    }

    private static List<SchemaProblem> problems(Schema schema, JsonNode instance) {
        return schema.validate(instance).stream()
                .map(error -> new SchemaProblem(pointerOf(error), error.getKeyword(), error.getMessage()))
                .distinct()
                .toList();
    }

    /** A missing property is reported on its holder; point at the property itself, which is what a person looks for. */
    private static String pointerOf(com.networknt.schema.Error error) {
        var holder = error.getInstanceLocation().toString();
        return "required".equals(error.getKeyword()) && error.getProperty() != null ? holder + "/" + error.getProperty() : holder;
    }

    private static SchemaRegistryConfig config() {
        // Since draft 2019-09 "format" is only an annotation unless asked for. The standard's awardDate is
        // oneOf [date-time format, YYYY-MM-DD pattern]: without format assertions every plain date matches both
        // branches and fails oneOf, and "17/03/2014" passes as a date-time.
        return SchemaRegistryConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_POINTER).build();
    }

    private static ObjectNode withoutProseRequired(ObjectNode schema) {
        schema.put("$id", GRANT_SCHEMA_ID + "#history");
        for (var branch : schema.path("oneOf")) {
            var required = (ArrayNode) branch.get("required");
            for (int i = required.size() - 1; i >= 0; i--) {
                var name = required.get(i).asString();
                if (name.equals("title") || name.equals("description")) {
                    required.remove(i);
                }
            }
        }
        return schema;
    }

    private static String resource(String name) {
        try (InputStream in = ThreeSixtyGivingSchema.class.getResourceAsStream("/grants/360giving/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The 360Giving schema " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One thing the schema finds wrong.
     *
     * @param pointer the JSON pointer of the field inside the checked document ({@code ""} for the whole of it)
     * @param keyword the schema keyword that failed, such as {@code type} or {@code required}
     * @param message the validator's message
     */
    record SchemaProblem(String pointer, String keyword, String message) {
    }
}

package org.frontdoor.cases.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers as stored in JSON, for cases and drafts alike. Money comes back exactly as stored, never
 * as a binary floating-point number; keys are written in order, so equal answers give equal text.
 */
@Component
class StoredAnswers {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final JsonMapper json;

    StoredAnswers(JsonMapper json) {
        this.json = json.rebuild()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    Map<String, Object> read(String stored) {
        return json.readValue(stored, ANSWERS);
    }

    String write(Map<String, ?> answers) {
        return json.writeValueAsString(answers);
    }
}

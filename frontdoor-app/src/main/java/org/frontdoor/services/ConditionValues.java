package org.frontdoor.services;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers in the shapes CEL understands: exact money and numbers become doubles (for comparisons
 * like {@code answers.amount > 500.0}), everything else passes through.
 */
public final class ConditionValues {

    private ConditionValues() {
    }

    public static Map<String, Object> of(Map<String, ?> answers) {
        var values = new LinkedHashMap<String, Object>();
        answers.forEach((key, value) -> values.put(key, convert(value)));
        return values;
    }

    private static Object convert(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ConditionValues::convert).toList();
        }
        if (value instanceof Map<?, ?> map) {
            var converted = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> converted.put(String.valueOf(k), convert(v)));
            return converted;
        }
        return value;
    }
}

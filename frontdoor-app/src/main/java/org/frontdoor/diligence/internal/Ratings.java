package org.frontdoor.diligence.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.RiskRating;
import org.springframework.stereotype.Component;

/**
 * Rates a case's results by its service's own rules when it has some, otherwise by the plain rule
 * (any failure red, any referral amber). The rules are compiled at start-up, so a mistake in them
 * stops the node from starting with a message naming the service and the rule, rather than
 * misrating cases later.
 */
@Component
class Ratings {

    private final Map<String, RatingRules> byService;

    Ratings(DiligenceSettings settings) {
        this.byService = settings.rating().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> RatingRules.compile(e.getKey(), e.getValue())));
    }

    RiskRating rate(String serviceId, List<CheckResult> results, Map<String, Object> applicant) {
        RatingRules rules = byService.get(serviceId);
        return rules == null ? RiskRating.of(results) : rules.rate(results, applicant);
    }
}

package org.frontdoor.diligence.internal;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which services get which checks, where each check finds its facts in the answers, and where the
 * checks' data lives.
 *
 * @param services  check names by service id ({@code frontdoor.diligence.services.<serviceId>=sanctions,bank-account})
 * @param fields    question ids by service id and role ({@code frontdoor.diligence.fields.<serviceId>.sort-code=sortCode})
 * @param sanctions the sanctions lists
 * @param bank      the modulus-checking tables
 * @param rating    a service's own rating rules in CEL ({@code frontdoor.diligence.rating.<serviceId>}, a list of
 *                  {@code when}, {@code rating}, {@code reason}); a service without any is rated by {@link
 *                  org.frontdoor.diligence.RiskRating#of the plain rule}
 * @param concurrency how many cases one node checks at once (default 8); more wait their turn
 * @param recheckOn the states of a service whose entry runs every check again
 *                  ({@code frontdoor.diligence.recheck-on.<serviceId>=decision}), so a decision is
 *                  taken on fresh evidence: a company dissolved since the application shows
 */
@ConfigurationProperties("frontdoor.diligence")
record DiligenceSettings(Map<String, List<String>> services, Map<String, Map<String, String>> fields,
                         Sanctions sanctions, Bank bank, Map<String, List<RatingRules.Rule>> rating, int concurrency,
                         Map<String, List<String>> recheckOn) {

    DiligenceSettings {
        services = services == null ? Map.of() : Map.copyOf(services);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        rating = rating == null ? Map.of() : Map.copyOf(rating);
        concurrency = concurrency <= 0 ? 8 : concurrency;
        recheckOn = recheckOn == null ? Map.of() : Map.copyOf(recheckOn);
        sanctions = sanctions == null ? new Sanctions(null, 0.1, null) : sanctions;
        bank = bank == null ? new Bank(null) : bank;
    }

    List<String> checksFor(String serviceId) {
        return services.getOrDefault(serviceId, List.of()).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    boolean rechecksOn(String serviceId, String state) {
        return recheckOn.getOrDefault(serviceId, List.of()).stream().map(String::trim).anyMatch(state::equals);
    }

    /** Whether any service runs its checks again on entering this state: if none does, a transition needs no look. */
    boolean anyRechecksOn(String state) {
        return recheckOn.keySet().stream().anyMatch(serviceId -> rechecksOn(serviceId, state));
    }

    Map<String, String> fieldsFor(String serviceId) {
        return fields.getOrDefault(serviceId, Map.of());
    }

    /**
     * @param lists       folders or files of sanctions lists; empty: {@code ../shared/data/screening}
     *                    or {@code ../../shared/data/screening}, whichever exists
     * @param referMargin how far below the engine's threshold a hit is still referred to a person
     * @param watch       how often each node looks for changed list files (a new version is loaded,
     *                    compared with the old and what changed is screened against every checked
     *                    case); zero or negative: never, only at start-up
     */
    record Sanctions(List<String> lists, double referMargin, java.time.Duration watch) {
        Sanctions {
            lists = lists == null ? List.of() : lists.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
            watch = watch == null ? java.time.Duration.ofMinutes(5) : watch;
        }
    }

    /** @param tables folder holding valacdos.txt and scsubtab.txt; empty: the copies shipped in the app */
    record Bank(String tables) {
    }
}

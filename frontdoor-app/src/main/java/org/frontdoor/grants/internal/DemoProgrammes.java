package org.frontdoor.grants.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the demo grant programmes ({@code grants/programmes/*.yaml}) when demo data is on and
 * they are not there yet; a programme already published (perhaps changed by an admin) is left alone.
 */
@Component
@ConditionalOnProperty(name = "frontdoor.demo.enabled", havingValue = "true")
class DemoProgrammes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProgrammes.class);

    private final StoredProgrammes stored;
    private final TransactionTemplate transactions;

    DemoProgrammes(StoredProgrammes stored, TransactionTemplate transactions) {
        this.stored = stored;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath:grants/programmes/*.yaml")) {
            var yaml = resource.getContentAsString(StandardCharsets.UTF_8);
            var programme = ProgrammeReader.read(yaml).orThrow();
            transactions.executeWithoutResult(status -> {
                if (stored.lockVersion(programme.id()).isEmpty()) {
                    stored.save(programme, yaml, null);
                    log.info("Demo grant programme {} published", programme.id());
                }
            });
        }
    }
}

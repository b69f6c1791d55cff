package org.frontdoor.screening;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the real list samples under src/test/resources/fixtures (see the README there). */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path path(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + relative, e);
        }
    }

    public static Path ofac2024() {
        return path("ofac_sdn/sdn_2024-05-03.sample.csv");
    }

    public static Path ofac2021() {
        return path("ofac_sdn/sdn_2021-08-18.sample.csv");
    }

    public static Path ofac2019WithAliases() {
        return path("ofac_sdn_2019_with_aliases/sdn.csv");
    }

    public static Path ofsi2025() {
        return path("uk/UK_OFSI_ConList_2025-04-10.sample.csv");
    }

    public static Path hmt2016() {
        return path("uk/UK_HMT_ConList_2016-03-23.sample.csv");
    }

    public static Path un2026() {
        return path("un/UN_consolidated_2026-02-27.sample.xml");
    }

    public static Path eu() {
        return path("eu/eu_sample.xml");
    }
}

package org.frontdoor.screening;

import org.frontdoor.screening.names.NameNormaliser;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the ways lists and callers write a country (ISO codes, English names, list spellings such
 * as "Korea, North", demonyms such as "Iranian") to ISO 3166 alpha-2 codes.
 */
final class Countries {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale locale = Locale.of("", code);
            CODES.put(key(code), code);
            CODES.put(key(locale.getISO3Country()), code);
            CODES.put(key(locale.getDisplayCountry(Locale.ENGLISH)), code);
        }
        alias("RU", "russian federation", "russian", "russia");
        alias("IR", "iran islamic republic of", "iranian", "iran");
        alias("KP", "korea north", "north korea", "dprk", "democratic peoples republic of korea", "north korean");
        alias("KR", "korea south", "south korea", "republic of korea");
        alias("SY", "syrian arab republic", "syrian", "syria");
        alias("MM", "burma", "myanmar", "burmese");
        alias("CD", "democratic republic of the congo", "congo democratic republic of the", "drc");
        alias("CG", "republic of the congo", "congo republic of the");
        alias("GB", "uk", "united kingdom", "great britain", "british");
        alias("US", "usa", "united states", "united states of america", "american");
        alias("PS", "palestinian", "palestine", "west bank", "gaza");
        alias("IQ", "iraqi");
        alias("AF", "afghan", "afghanistan");
        alias("PK", "pakistani");
        alias("CN", "chinese");
        alias("SA", "saudi", "saudi arabian");
        alias("YE", "yemeni");
        alias("LB", "lebanese");
        alias("LY", "libyan");
        alias("SO", "somali");
        alias("SD", "sudanese");
        alias("VE", "venezuelan", "venezuela bolivarian republic of");
        alias("UA", "ukrainian");
        alias("BY", "belarusian", "belarus");
        alias("CU", "cuban");
        alias("MX", "mexican");
        alias("CO", "colombian");
        alias("EG", "egyptian");
        alias("JO", "jordanian");
        alias("TR", "turkish", "turkey", "turkiye");
    }

    private Countries() {
    }

    private static void alias(String code, String... names) {
        for (String n : names) {
            CODES.put(key(n), code);
        }
    }

    private static String key(String text) {
        return NameNormaliser.toAscii(text).replace(" the ", " ").trim().replaceAll("\\s+", " ");
    }

    /** The ISO alpha-2 code for {@code country}, or null when it is not recognised. */
    static String code(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = CODES.get(key(country));
        if (code == null && country.contains("(")) {
            code = CODES.get(key(country.substring(0, country.indexOf('('))));
        }
        return code;
    }
}

package org.frontdoor.diligence.internal.registers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Companies House's official code lists (from its api-enumerations repository, shipped unchanged
 * in {@code resources/diligence/companies_house/}): they turn the API's codes ({@code liquidation},
 * {@code director}) into the words the register's own pages show ({@code Liquidation},
 * {@code Director}). A code missing from the lists is shown as it is.
 */
final class CodeLists {

    private static final String FOLDER = "/diligence/companies_house/";

    private final Map<String, Map<String, String>> lists;

    private CodeLists(Map<String, Map<String, String>> lists) {
        this.lists = lists;
    }

    /** The lists shipped in the app. */
    static CodeLists shipped() {
        var all = new LinkedHashMap<String, Map<String, String>>();
        all.putAll(read("constants.yml"));
        all.putAll(read("disqualified_officer_descriptions.yml"));
        return new CodeLists(all);
    }

    String companyStatus(String code) {
        return words("company_status", code);
    }

    String companyStatusDetail(String code) {
        return words("company_status_detail", code);
    }

    String companyType(String code) {
        return words("company_type", code);
    }

    String officerRole(String code) {
        return words("officer_role", code);
    }

    String disqualificationReason(String code) {
        return words("description_identifier", code);
    }

    String disqualificationType(String code) {
        return words("disqualification_type", code);
    }

    String act(String code) {
        return words("act", code);
    }

    private String words(String list, String code) {
        if (code == null) {
            return null;
        }
        String words = lists.getOrDefault(list, Map.of()).get(code);
        return words == null || words.isBlank() ? code : words.trim();
    }

    private static Map<String, Map<String, String>> read(String file) {
        try (InputStream in = CodeLists.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The shipped Companies House code list " + file + " is missing");
            }
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            var lists = new LinkedHashMap<String, Map<String, String>>();
            if (document instanceof Map<?, ?> top) {
                top.forEach((list, entries) -> {
                    if (entries instanceof Map<?, ?> map) {
                        var words = new LinkedHashMap<String, String>();
                        map.forEach((code, text) -> words.put(String.valueOf(code), String.valueOf(text)));
                        lists.put(String.valueOf(list), words);
                    }
                });
            }
            return lists;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

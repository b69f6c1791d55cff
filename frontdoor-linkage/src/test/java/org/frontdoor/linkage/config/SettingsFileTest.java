package org.frontdoor.linkage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.frontdoor.linkage.record.PersonField;
import org.junit.jupiter.api.Test;

class SettingsFileTest {

    @Test
    void overridesOnlyWhatIsGiven() {
        LinkageSettings s = SettingsFile.parse(Map.of("threshold", 0.95, "blocking", List.of("surname"),
                "columns", Map.of("given_name", List.of("fn")), "separator", ";"));
        assertThat(s.threshold()).isEqualTo(0.95);
        assertThat(s.blockingRules()).containsExactly("surname");
        assertThat(s.columns()).containsEntry(PersonField.GIVEN_NAME, List.of("fn"));
        assertThat(s.separator()).isEqualTo(';');
        assertThat(s.maxClusterSize()).isEqualTo(LinkageSettings.defaults().maxClusterSize());
    }

    @Test
    void rejectsUnknownKeysSoTyposAreNotSilentlyIgnored() {
        assertThatThrownBy(() -> SettingsFile.parse(Map.of("treshold", 0.9)))
                .hasMessageContaining("unknown configuration key 'treshold'");
    }
}

package org.frontdoor.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.frontdoor.grants.OrgId.InvalidOrgId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrgIdTest {

    @ParameterizedTest
    @CsvSource({
            "GB-COH-01234567, GB-COH-01234567",
            "gb-coh-sc123456, GB-COH-SC123456",
            "GB-COH-NI012345, GB-COH-NI012345",
            "GB-COH-OC301234, GB-COH-OC301234",
            "'  GB - CHC - 1234567 ', GB-CHC-1234567",
            "GB CHC 123456, GB-CHC-123456",
            "GB-SC-SC012345, GB-SC-SC012345",
            "gb-sc-sc 012 345, GB-SC-SC012345",
            "GB-NIC-100002, GB-NIC-100002",
            "GB-NIC-NIC104321, GB-NIC-104321",
            "US-EIN-123456789, US-EIN-123456789",
            "XI-IATI-123, XI-IATI-123",
            "gb-mptis-12-3, GB-MPTIS-12-3",
    })
    void readsAndNormalises(String written, String expected) {
        assertThat(OrgId.parse(written).value()).isEqualTo(expected);
    }

    @Test
    void padsACompanyNumberWrittenWithoutItsLeadingZeros() {
        assertThat(OrgId.parse("GB-COH-1234567").value()).isEqualTo("GB-COH-01234567");
    }

    @Test
    void acceptsAScottishCharityNumberWrittenWithoutItsLetters() {
        assertThat(OrgId.parse("GB-SC-012345").value()).isEqualTo("GB-SC-SC012345");
    }

    @Test
    void splitsIntoSchemeAndIdentifier() {
        var id = OrgId.parse("GB-COH-SC123456");
        assertThat(id.scheme()).isEqualTo("GB-COH");
        assertThat(id.identifier()).isEqualTo("SC123456");
        assertThat(id).hasToString("GB-COH-SC123456");
    }

    @Test
    void tellsWhatToTypeForACharityInEnglandAndWales() {
        assertThatThrownBy(() -> OrgId.parse("GB-CHC-12345"))
                .isInstanceOf(InvalidOrgId.class)
                .hasMessage("Enter a charity number in England and Wales as GB-CHC followed by 6 or 7 digits, like GB-CHC-1234567");
        assertThatThrownBy(() -> OrgId.parse("GB-CHC-12345678")).hasMessageContaining("6 or 7 digits");
        assertThatThrownBy(() -> OrgId.parse("GB-CHC")).hasMessageContaining("6 or 7 digits");
    }

    @Test
    void tellsWhatToTypeForACompany() {
        assertThatThrownBy(() -> OrgId.parse("GB-COH-123456789")).hasMessageContaining("8 characters");
        assertThatThrownBy(() -> OrgId.parse("GB-COH-SC12345")).hasMessageContaining("GB-COH-SC123456");
        assertThatThrownBy(() -> OrgId.parse("GB-COH-S1234567")).hasMessageContaining("2 letters and 6 digits");
    }

    @Test
    void tellsWhatToTypeForAScottishCharity() {
        assertThatThrownBy(() -> OrgId.parse("GB-SC-SC12345")).hasMessageContaining("SC and 6 digits");
        assertThatThrownBy(() -> OrgId.parse("GB-SC-NI012345")).hasMessageContaining("GB-SC-SC012345");
    }

    @Test
    void refusesANorthernIrelandCharityNumberBelowTheFirstOneIssued() {
        assertThatThrownBy(() -> OrgId.parse("GB-NIC-099999")).hasMessageContaining("from 100000");
        assertThatThrownBy(() -> OrgId.parse("GB-NIC-1000021")).hasMessageContaining("6 digits");
    }

    @Test
    void refusesWhatIsNotAnIdentifierAtAll() {
        for (var text : new String[] {null, "", "   ", "1234567", "charity 1234567", "GBR-CHC-1234567", "GB-C-1", "GB-CHC-!!"}) {
            assertThatThrownBy(() -> OrgId.parse(text)).as(String.valueOf(text)).isInstanceOf(InvalidOrgId.class);
        }
        assertThat(OrgId.isValid("1234567")).isFalse();
        assertThat(OrgId.isValid("GB-CHC-1234567")).isTrue();
    }
}

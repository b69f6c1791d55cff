package org.frontdoor.screening.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisation names: legal forms, descriptive words, acronyms and translations of common words. */
class OrganisationMatchingTest {

    private final NameMatcher matcher = new NameMatcher();

    private boolean matches(String a, String b) {
        return matcher.score(a, b, Schema.COMPANY).score() >= NameMatcher.DEFAULT_THRESHOLD;
    }

    @Test
    void matchesCompanyAcronymWithItsExpansionInsideTheName() {
        assertThat(matches("Northwind Aircraft Repair Plant", "Northwind ARP")).isTrue();
        assertThat(matches("12th Light Infantry Division", "LID 12")).isTrue();
        NameScore s = matcher.score("Northwind Aircraft Repair Plant", "Northwind ARP", Schema.COMPANY);
        assertThat(s.matches()).anySatisfy(m -> assertThat(m.kind()).isEqualTo(MatchKind.ACRONYM));
    }

    @Test
    void matchesAnAcronymThatKeepsTheLegalForm() {
        assertThat(matches("Velora National Petroleum Corporation", "VNPC")).isTrue();
        assertThat(matches("Velora National Petroleum Corporation", "VNPX")).isFalse();
    }

    @Test
    void doesNotReadChanceInitialsAsAnAcronymOfADifferentCompany() {
        assertThat(matches("Blue River Trading", "BRT Logistics Kazan")).isFalse();
        assertThat(matches("12th Light Infantry Division", "LID 14")).isFalse();
    }

    @Test
    void aSharedWordForTheTradeIsNotEnoughToComeCloseToAMatch() {
        // Screening refers names from 0.65 (the threshold less the app's margin): two pharmacies
        // sharing only the word for their trade must stay well under that, or every pharmacy that
        // applies is sent to a person because of one listed pharmacy.
        assertThat(matcher.score("Renable Pharma Ltd", "City Pharma SARL", Schema.COMPANY).score()).isLessThan(0.6);
        assertThat(matcher.score("Northgate Pharmaceuticals", "Velora Pharmaceuticals", Schema.COMPANY).score()).isLessThan(0.6);
        assertThat(matches("Velora Pharma", "Velora Pharma LLC")).isTrue();
    }

    @Test
    void setsAsideRomanisedRussianUkrainianAndTurkishLegalForms() {
        assertThat(matches("Otkrytoe Aktsionernoe Obschestvo Kamertek", "Kamertek OJSC")).isTrue();
        assertThat(matches("Aktsionerne Tovarystvo Dnipro Mash", "Dnipro Mash JSC")).isTrue();
        assertThat(matches("Ozturk Makina Anonim Sirketi", "Ozturk Makina AS")).isTrue();
    }

    @Test
    void matchesDescriptiveWordsAcrossLanguages() {
        assertThat(matches("JSC Plant Severtek", "AO Zavod Severtek")).isTrue();
        assertThat(matches("Velora Shipping Company", "Sudokhodnaia Kompaniia Velora")).isTrue();
        assertThat(matcher.score("Plant Severtek", "Zavod Severtek", Schema.COMPANY).matches())
                .anySatisfy(m -> assertThat(m.kind()).isEqualTo(MatchKind.TRANSLATION));
    }

    @Test
    void readsRussianAbbreviationsOfTheKindOfBodyAsTheirWords() {
        assertThat(matches("JSC Scientific and Production Enterprise Zarevo", "AO NPP Zarevo")).isTrue();
        assertThat(matches("Scientific Research Institute Kometrix", "НИИ Кометрикс")).isTrue();
        assertThat(matches("Design Bureau Orlanit", "KB Orlanit")).isTrue();
        assertThat(matches("AO NPP Zarevo", "AO NPP Kometrix")).isFalse();
        // Alone, the letters are the name itself.
        assertThat(new NameNormaliser().normalise("NPP", Schema.COMPANY).text()).isEqualTo("npp");
    }

    @Test
    void translatesMoreDescriptiveWords() {
        assertThat(matches("JSC Tarvon Aircraft Repair Plant", "Тарвон Авиационный Ремонтный Завод")).isTrue();
        assertThat(matches("Rocket and Space Centre Zarevo", "AO Raketno-Kosmicheskii Tsentr Zarevo")).isTrue();
        assertThat(matches("Kometrix Cooperative Foundation", "Bonyad Taavon Kometrix")).isTrue();
        // "AK" stays a word (ADR 0024): "AK Steel" is not "Steel".
        assertThat(new NameNormaliser().normalise("AK Steel", Schema.COMPANY).text()).isEqualTo("ak steel");
        // French "eau" is written "o" in other romanisations ("Tableau"/"Tablo").
        assertThat(matches("Velora Tableau", "Velora Tablo")).isTrue();
    }

    @Test
    void matchesCompanyWhoseShortNameDropsOnlyDescriptiveWords() {
        assertThat(matches("Zentara Multi Activities Co Ltd", "Zentara")).isTrue();
        assertThat(matches("3K Tarvon Machinery Manufacturing", "Tarvon Machinery Manufacturing")).isTrue();
        assertThat(matches("Bank St Petersburg PJSC", "Bank Sankt-Peterburg")).isTrue();
    }

    @Test
    void matchesCompoundWordWrittenAsTwoWords() {
        assertThat(matches("Zapchasttrade LLP", "ТОО Запчасть Трейд")).isTrue();
    }

    @Test
    void doesNotMatchDifferentCompaniesSharingGenericWords() {
        assertThat(matches("Acme Trading Company", "Zenith Trading Company")).isFalse();
        assertThat(matches("Northern Shipping Group", "Southern Shipping Group")).isFalse();
        assertThat(matches("Kirov Plant", "Zavod Tula")).isFalse();
        assertThat(matches("Orion Bank", "Bank Melli")).isFalse();
    }

    @Test
    void doesNotMatchAPartyWithTheLargerBodyItBelongsTo() {
        assertThat(matches("Al-Qaida", "Al-Qaida in the Arabian Peninsula")).isFalse();
        assertThat(matches("Gazprom", "Gazprom Neft")).isFalse();
    }

    @Test
    void leavesPersonNamesToTheStrictRules() {
        // Descriptive-word and acronym readings are for organisations only.
        assertThat(matcher.score("J Smith", "John Smith", Schema.PERSON).score()).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(matcher.score("Ali Bank", "Ali Banka", Schema.PERSON).score()).isLessThan(1.0);
    }
}

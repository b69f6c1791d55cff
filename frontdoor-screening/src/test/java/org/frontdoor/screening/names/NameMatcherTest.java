package org.frontdoor.screening.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameMatcherTest {

    private final NameMatcher matcher = new NameMatcher();

    private double score(String a, String b, Schema schema) {
        return matcher.score(a, b, schema).score();
    }

    private boolean matches(String a, String b, Schema schema) {
        return score(a, b, schema) >= NameMatcher.DEFAULT_THRESHOLD;
    }

    @Test
    void matchesCyrillicTransliterationOfPrimaryName() {
        assertThat(matches("Sergei Lavrov", "Сергей Лавров", Schema.PERSON)).isTrue();
        assertThat(matches("Vladimir Putin", "Владимир Владимирович Путин", Schema.PERSON)).isTrue();
    }

    @Test
    void matchesChineseAndArabicScriptNames() {
        assertThat(matches("Xi Jinping", "习近平", Schema.PERSON)).isTrue();
        assertThat(matches("Fazl Mohammad Mazloom", "فضل محمد مظلوم", Schema.PERSON)).isTrue();
    }

    @Test
    void ignoresWordOrderCaseAndAccents() {
        assertThat(score("PUTIN, Vladimir", "vladimir putin", Schema.PERSON)).isEqualTo(1.0);
        assertThat(score("José Müller", "MULLER Jose", Schema.PERSON)).isEqualTo(1.0);
    }

    @Test
    void toleratesAMissingMiddleNameAndInitials() {
        assertThat(matches("John Smith", "John Michael Smith", Schema.PERSON)).isTrue();
        assertThat(matches("John F. Kennedy", "John Fitzgerald Kennedy", Schema.PERSON)).isTrue();
    }

    @Test
    void matchesTransliterationVariantsAndTypingErrors() {
        assertThat(matches("Aleksei Navalny", "Alexey Navalnyy", Schema.PERSON)).isTrue();
        assertThat(matches("Muammar Gaddafi", "Moammar Qadhafi", Schema.PERSON)).isTrue();
        assertThat(matches("Osama bin Laden", "Usama bin Ladin", Schema.PERSON)).isTrue();
        assertThat(matches("Jhon Smith", "John Smith", Schema.PERSON)).isTrue();
    }

    @Test
    void matchesShortFormsOfGivenNames() {
        assertThat(matches("Bob Brown", "Robert Brown", Schema.PERSON)).isTrue();
        assertThat(matches("Sasha Petrov", "Aleksandr Petrov", Schema.PERSON)).isTrue();
        assertThat(matches("Bob Brown", "Richard Brown", Schema.PERSON)).isFalse();
    }

    @Test
    void handlesHyphensParticlesAndJoinedWords() {
        assertThat(matches("Jean-Pierre Dupont", "Jean Pierre Dupont", Schema.PERSON)).isTrue();
        assertThat(matches("Abdul Rahman Yasin", "Abdulrahman Yasin", Schema.PERSON)).isTrue();
        assertThat(matches("Mohammed bin Salman", "Muhammad ibn Salman Al Saud", Schema.PERSON)).isTrue();
        assertThat(matches("Ludwig van Beethoven", "Ludwig Beethoven", Schema.PERSON)).isTrue();
    }

    @Test
    void setsHonorificsAndLegalFormsAside() {
        assertThat(score("Mr. Ali Hassan", "Ali Hassan", Schema.PERSON)).isEqualTo(1.0);
        assertThat(score("John Smith Jr.", "John Smith", Schema.PERSON)).isEqualTo(1.0);
        assertThat(score("Acme Trading Ltd", "ACME TRADING LIMITED", Schema.COMPANY)).isEqualTo(1.0);
        assertThat(score("OOO Rosneft", "Rosneft LLC", Schema.COMPANY)).isEqualTo(1.0);
        assertThat(score("Anglo-Caribbean Co., Ltd.", "Anglo Caribbean GmbH", Schema.COMPANY)).isEqualTo(1.0);
    }

    @Test
    void doesNotMatchDifferentPeopleSharingASurnameOrFirstName() {
        assertThat(matches("John Smith", "Jane Smith", Schema.PERSON)).isFalse();
        assertThat(matches("John Smith", "John Brown", Schema.PERSON)).isFalse();
        assertThat(matches("Kim Jong Un", "Kim Jong Il", Schema.PERSON)).isFalse();
        assertThat(matches("Hassan Rouhani", "Hussein Rouhani", Schema.PERSON)).isFalse();
        assertThat(matches("Bashar al-Assad", "Bushra al-Assad", Schema.PERSON)).isFalse();
    }

    @Test
    void doesNotMatchMasculineAndFeminineFormsOfAName() {
        assertThat(matches("Mario Rossi", "Maria Rossi", Schema.PERSON)).isFalse();
        assertThat(matches("Aleksandr Ivanov", "Aleksandra Ivanova", Schema.PERSON)).isFalse();
    }

    @Test
    void capsNamesSharingOnlyOneDistinctiveWord() {
        assertThat(score("Smith", "John Smith", Schema.PERSON)).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(score("Gazprom", "Gazprom Neft", Schema.COMPANY)).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
    }

    @Test
    void explainsWhichWordsMatchedHow() {
        NameScore score = matcher.score("Vladimir Putin", "PUTIN, Vladimir Vladimirovich", Schema.PERSON);

        assertThat(score.matches()).extracting(TokenMatch::kind).containsOnly(MatchKind.EXACT);
        assertThat(score.unmatchedRight()).containsExactly("vladimirovich");
        assertThat(score.explain()).contains("vladimir~vladimir exact", "only in second: vladimirovich");
    }

    @Test
    void readsBracketedAcronymsAsNamesOfTheirOwn() {
        assertThat(matches("IRANIAN AVIATION INDUSTRIES ORGANIZATION (IAIO)", "IAIO", Schema.COMPANY)).isTrue();
        assertThat(matches("Bochvar National Research Institute (VNIIINM)", "Bochvar National Research Institute",
                Schema.ORGANIZATION)).isTrue();
    }

    @Test
    void readsEachNameOfANameWrittenWithAliases() {
        assertThat(matches("Ahmed Ali a.k.a. Abu Hamza", "Abu Hamza", Schema.PERSON)).isTrue();
        assertThat(matches("Velora Shipping Co (f.k.a. Nordsee Trading)", "Nordsee Trading", Schema.COMPANY)).isTrue();
        assertThat(matches("Velora Shipping; Nordsee Trading", "Velora Shipping", Schema.COMPANY)).isTrue();
        assertThat(NameVariants.of("Sakaka Trading")).containsExactly("Sakaka Trading");
    }

    @Test
    void matchesAnOrganisationWithItsAcronymButNeverAPerson() {
        assertThat(matches("Molecular Electronics Research Institute JSC", "MERI", Schema.COMPANY)).isTrue();
        assertThat(matches("Al-Qaida in the Arabian Peninsula", "AQAP", Schema.ORGANIZATION)).isTrue();
        assertThat(matches("John Fitzgerald Kennedy", "JFK", Schema.PERSON)).isFalse();
        assertThat(matches("Molecular Electronics Research Institute", "MRI", Schema.COMPANY)).isFalse();
    }

    @Test
    void weighsGenericOrganisationWordsLow() {
        assertThat(matches("Belomo Holding", "Belomo", Schema.COMPANY)).isTrue();
        assertThat(matches("Sberbank of Russia", "Sberbank", Schema.COMPANY)).isTrue();
        assertThat(matches("Jund al-Khilafah in Tunisia", "Jund al-Khilafah in Algeria", Schema.ORGANIZATION)).isFalse();
        assertThat(matches("Acme Trading", "Acme Holdings", Schema.COMPANY)).isFalse();
        assertThat(matches("Bank Melli Iran", "Bank Mellat", Schema.COMPANY)).isFalse();
    }

    @Test
    void scoresNothingForABlankName() {
        assertThat(score("", "John Smith", Schema.ANY)).isZero();
        assertThat(score("  ", "  ", Schema.ANY)).isZero();
    }

    @Test
    void matchesBelarusianAndRussianSpellingsOfASurnameInKo() {
        // -ko surnames do not change with gender; Belarusian romanisation writes them -ka.
        assertThat(matches("Pavel Marchenko", "Pavel Marchenka", Schema.PERSON)).isTrue();
        assertThat(matches("Ivan Dovzhenko", "Ivan Dovzhenka", Schema.PERSON)).isTrue();
        assertThat(matches("Mario Rossi", "Maria Rossi", Schema.PERSON)).isFalse();
    }

    @Test
    void matchesUkrainianHWithRussianG() {
        assertThat(matches("Serhiy Petrenko", "Sergey Petrenko", Schema.PERSON)).isTrue();
        assertThat(matches("Oleh Yevhenovych Hordiyenko", "Oleg Yevgenevich Gordiyenko", Schema.PERSON)).isTrue();
        // Short words keep their letters: "Han" and "Gan" are two Chinese surnames.
        assertThat(matches("Li Han", "Li Gan", Schema.PERSON)).isFalse();
    }

    @Test
    void alignsCompoundsWithAllahAndAlDinAcrossScripts() {
        // Written joined in Latin, apart in Arabic script; every spelling of "Allah" is one word.
        assertThat(matches("Karim Abdullah Nasser", "كريم عبدالله ناصر", Schema.PERSON)).isTrue();
        assertThat(matches("Habibullah Zaman", "حبيب الله زمان", Schema.PERSON)).isTrue();
        assertThat(matches("Fakhruddin Rasul", "فخر الدين رسول", Schema.PERSON)).isTrue();
        assertThat(matches("Fakhreddine Rasul", "فخرالدين رسول", Schema.PERSON)).isTrue();
        assertThat(score("Abd Allah Karim", "Abdalla Karim", Schema.PERSON)).isEqualTo(1.0);
        assertThat(matches("Abdullah Karim", "Abdulrahman Karim", Schema.PERSON)).isFalse();
        // "allah" completes the name before it: sharing one compound is sharing one name.
        assertThat(matches("Habibullah", "Rahmatullah Habibullah", Schema.PERSON)).isFalse();
        // A single "d" and no article: not a compound with al-Din.
        assertThat(new NameNormaliser().normalise("Geraldine Borodin", Schema.PERSON).text())
                .isEqualTo("geraldine borodin");
    }

    @Test
    void readsUrduAndPersianLetterFormsAsArabicLetters() {
        // "ھ" (Urdu heh) left to ICU stays a modifier letter and the word matches nothing.
        assertThat(new NameNormaliser().normalise("طھ", Schema.PERSON).text())
                .isEqualTo(new NameNormaliser().normalise("طه", Schema.PERSON).text());
    }

    @Test
    void matchesBelarusianAndRussianRomanisationsOfOneName() {
        assertThat(matches("Siarhei Piatrouski", "Sergei Petrovski", Schema.PERSON)).isTrue();
        assertThat(matches("Uladzimir Aliaksandravich Kavalou", "Vladimir Aleksandrovich Kovalov", Schema.PERSON)).isTrue();
        assertThat(matches("Dzmitry Hramau", "Dmitry Gromov", Schema.PERSON)).isTrue();
        // The Belarusian masculine "-au" is Russian "-ov", never the feminine "-ova".
        assertThat(matches("Dzmitry Ivanou", "Dmitry Ivanova", Schema.PERSON)).isFalse();
        // Only words showing a Belarusian spelling are compared by consonants.
        assertThat(matches("Bashar Hamdan", "Bushra Hamdan", Schema.PERSON)).isFalse();
    }

    @Test
    void readsArabicScriptLettersApartWhereTheKeyWouldJoinThem() {
        // "طه" romanises as "th" (t, h), not the digraph; "الزهراني" keeps z and h apart.
        assertThat(matches("Taha Karim Nasser", "طه كريم ناصر", Schema.PERSON)).isTrue();
        assertThat(matches("Saif Zahrani", "سيف الزهراني", Schema.PERSON)).isTrue();
        assertThat(matches("Saif Zahrani", "سيف الجراني", Schema.PERSON)).isFalse();
    }

    @Test
    void readsAbuOfAKunyaAsAConnectingWord() {
        // "Abu" (father of) weighs like "bin": its absence on one side is no conflicting name.
        assertThat(matches("Karim Hamza Rasheedi", "Abu Hamza Rasheedi", Schema.PERSON)).isTrue();
        assertThat(matches("Abu Hamza al-Rasheedi", "Abu Hamza al-Zahrani", Schema.PERSON)).isFalse();
    }

    @Test
    void matchesAShortVowelWrittenByOneRomanisationOnly() {
        assertThat(matches("Luna al-Shibl", "Luna Shebel", Schema.PERSON)).isTrue();
        assertThat(matches("Fahd Furayj", "Fahd Frejj", Schema.PERSON)).isTrue();
        assertThat(matches("Ernst Hoffmann", "Ernest Hoffmann", Schema.PERSON)).isTrue();
        // A vowel moved, not added: two names.
        assertThat(matches("Bashar Hamdan", "Bushra Hamdan", Schema.PERSON)).isFalse();
    }
}

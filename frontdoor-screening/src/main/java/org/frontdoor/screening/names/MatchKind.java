package org.frontdoor.screening.names;

/** How two words of two names were found to agree, strongest first. */
public enum MatchKind {
    /** The same word after normalisation. */
    EXACT,
    /** Two romanisations of one word ("Aleksey"/"Alexei", "Abdullah"/"Abdulla"). */
    TRANSLITERATION,
    /** Adjacent words on one side written as one word on the other ("Jin Ping"/"Jinping"). */
    JOINED,
    /** The same consonants with different vowels ("Mohammed"/"Muhammad"). */
    VOWEL_VARIANT,
    /** A vowel-less romanisation from an abjad script against a vowelled one ("mhmd"/"Muhammad"). */
    CONSONANTS,
    /** A short form of the same given name ("Bob"/"Robert", "Sasha"/"Aleksandr"). */
    SHORT_FORM,
    /** A typing error: few edits between two long enough words ("Jhon"/"John"). */
    TYPO,
    /** A single letter standing for the word on the other side ("J"/"John"). */
    INITIAL,
    /** A whole organisation name against its acronym ("MERI"/"Molecular Electronics Research Institute"). */
    ACRONYM
}

package org.frontdoor.screening.names;

/** How two words of two names were found to agree, strongest first. */
public enum MatchKind {
    /** The same word after normalisation. */
    EXACT,
    /** Two romanisations of one word ("Aleksey"/"Alexei", "Abdullah"/"Abdulla"). */
    TRANSLITERATION,
    /** A descriptive organisation word and its translation ("Zavod"/"Plant", "Sanaye"/"Industries"). */
    TRANSLATION,
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
    /**
     * An organisation name, or a run of its words, against its acronym ("MERI"/"Molecular
     * Electronics Research Institute", "558 ARP"/"558 Aircraft Repair Plant").
     */
    ACRONYM
}

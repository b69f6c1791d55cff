package org.frontdoor.screening.names;

/**
 * One word of a normalised name.
 *
 * @param text     the word in lower-case ASCII, as transliterated
 * @param key      a transliteration-equivalence key: spellings that romanisation systems produce
 *                 for the same sound ("kh"/"h", "y"/"i", doubled letters) share a key
 * @param skeleton the key without vowels; used for words romanised from scripts that do not
 *                 write short vowels (Arabic, Hebrew, Persian)
 * @param kind     the word's role
 * @param abjad    true when the word was romanised from a script that does not write short vowels
 *                 (Arabic, Persian, Hebrew, Syriac, Thaana), so only its consonants can be trusted
 * @param shape    the key with every vowel replaced by "V" ("mohamed" gives "mVhVmVd")
 * @param letters  for a word romanised from an abjad script, its letters kept apart (see
 *                 {@link PhoneticKeys#abjadLetters}); otherwise null
 * @param russian  for a word with a Belarusian spelling, its key read the Russian way (see
 *                 {@link TokenComparison#russianKey}); otherwise null
 * @param formal   the key of the formal given name when the key is one of a known group of short
 *                 forms ("bill", "will" and "william" give "wiliam"); otherwise null
 * @param hAsG     the key with every "h" that is not part of "sh" read as "g", as Russian writes
 *                 the Ukrainian and Belarusian "h" ("oleh" gives "oleg"); the key itself when it
 *                 has no such "h"
 */
public record NameToken(String text, String key, String skeleton, TokenKind kind, boolean abjad, String shape,
                        String letters, String russian, String formal, String hAsG) {

    /**
     * A token with its shape and alternative readings computed once here, not in every
     * comparison: screening compares each query word with hundreds of listed words.
     */
    public NameToken(String text, String key, String skeleton, TokenKind kind, boolean abjad) {
        this(text, key, skeleton, kind, abjad, PhoneticKeys.shape(key),
                abjad ? PhoneticKeys.abjadLetters(text) : null, abjad ? null : TokenComparison.russianKey(text),
                NameVocabulary.FORMAL_NAME_BY_KEY.get(key), TokenComparison.hAsG(key));
    }

    /**
     * True for "allah" and "din" split off a compound given name ("Hidayatullah", "Nuruddin"):
     * such a word completes the name before it and does not tell two names apart on its own, so
     * it is not counted as a distinctive word of its own.
     */
    public boolean compoundPart() {
        return kind == TokenKind.NAME && (text.equals("allah") || text.equals("din"));
    }

    /** The weight of this word in coverage sums. */
    public double weight() {
        return kind.weight();
    }

}

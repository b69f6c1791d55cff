package org.frontdoor.screening.names;

import java.util.List;

/**
 * A name prepared for comparison. Build it once with {@link NameNormaliser} and compare it many
 * times; screening keeps one per listed name.
 *
 * @param original    the name as given
 * @param schema      the party kind the name was normalised for
 * @param tokens      the matchable words in their original order
 * @param legalForms  canonical legal forms removed from the name ("ltd", "llc", "ooo", ...)
 * @param honorifics  honorifics removed from the name ("mr", "dr", "sheikh", ...)
 */
public record NormalisedName(String original, Schema schema, List<NameToken> tokens,
                             List<String> legalForms, List<String> honorifics) {

    public NormalisedName {
        tokens = List.copyOf(tokens);
        legalForms = List.copyOf(legalForms);
        honorifics = List.copyOf(honorifics);
    }

    /** True when nothing matchable is left, e.g. for a blank name. */
    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** Number of distinctive ({@link TokenKind#NAME}) words, compound parts not counted. */
    public int nameWordCount() {
        int n = 0;
        for (NameToken t : tokens) {
            if (t.kind() == TokenKind.NAME && !t.compoundPart()) {
                n++;
            }
        }
        return n;
    }

    /** The matchable words joined by spaces. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (NameToken t : tokens) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString();
    }
}

package org.frontdoor.screening.names;

import java.util.List;

/** Acronyms of organisation names: of a whole name, or of a run of its words. */
final class Acronyms {

    private Acronyms() {
    }

    /**
     * True when {@code shortName} is one word of three to eight letters spelling the initials of
     * the words of {@code longName}, with or without its particles ("MERI" for "Molecular
     * Electronics Research Institute", "AQAP" for "Al-Qaida in the Arabian Peninsula").
     */
    static boolean isAcronymOf(NormalisedName shortName, NormalisedName longName) {
        if (shortName.tokens().size() != 1 || longName.tokens().size() < 3) {
            return false;
        }
        String acronym = shortName.tokens().get(0).text();
        if (acronym.length() < 3 || acronym.length() > 8 || !acronym.chars().allMatch(Character::isLetter)) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder withoutParticles = new StringBuilder();
        for (NameToken t : longName.tokens()) {
            all.append(t.text().charAt(0));
            if (t.kind() != TokenKind.PARTICLE || t.key().equals("al")) {
                withoutParticles.append(t.text().charAt(0));
            }
        }
        if (acronym.contentEquals(all) || acronym.contentEquals(withoutParticles)) {
            return true;
        }
        // Acronyms often keep the legal form the matcher set aside ("CNPC" for "China National
        // Petroleum Corporation"): its first letter may end or start the initials.
        for (String form : longName.legalForms()) {
            char c = form.charAt(0);
            if (acronym.equals(withoutParticles.toString() + c) || acronym.equals(c + withoutParticles.toString())) {
                return true;
            }
        }
        return false;
    }

    /** Start (inclusive) and end (exclusive) of unmatched adjacent words spelling {@code letters}. */
    static int[] run(String letters, List<NameToken> words, boolean[] used) {
        for (int start = 0; start < words.size(); start++) {
            int next = 0;
            int j = start;
            while (j < words.size() && next < letters.length() && !used[j]) {
                NameToken w = words.get(j);
                if (w.text().charAt(0) == letters.charAt(next)) {
                    next++;
                } else if (w.kind() != TokenKind.PARTICLE || j == start) {
                    break;
                }
                j++;
            }
            if (next == letters.length() && j - start >= 2) {
                return new int[] {start, j};
            }
        }
        return null;
    }

    static boolean isLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
